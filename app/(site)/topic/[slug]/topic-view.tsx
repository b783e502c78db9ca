import { ReaderNotFound } from "@/app/_components/reader-not-found";
import { listingRoutes } from "@/app/_components/listing-routes";
import { ListingGrid, ListingHeader } from "@/app/_components/listing";
import { getTopicListing } from "@/app/_lib/queries/listings";
import { messages } from "@/app/_lib/i18n";
import { inEdition } from "@/app/_lib/seo/urls";

/** A page of a topic listing in an edition; 404 when the topic (in that edition) or the page does not exist. */
export async function TopicView({ slug, page, lang = "en" }: { slug: string; page: number; lang?: string }) {
  const result = await getTopicListing(slug, page, lang);
  if (!result || page > result.listing.totalPages) return <ReaderNotFound lang={lang} />;
  const { topic, listing } = result;
  const t = messages(lang);
  return (
    <>
      <ListingHeader kicker={t.topic} title={topic.name} description={topic.description} page={page} lang={lang} />
      <ListingGrid listing={listing} base={inEdition(lang, `/topic/${topic.slug}`)} heading={`${t.storiesAbout} ${topic.name}`} lang={lang} />
    </>
  );
}

/** The topic routes of an edition (English: /topic/..., Urdu: /ur/topic/<Urdu slug>). */
export const topicRoutesFor = (lang: string) =>
  listingRoutes({
    kind: "topic",
    lang,
    subject: async (slug, page) => {
      const topic = (await getTopicListing(slug, page, lang))?.topic;
      return topic ? { slug: topic.slug, name: topic.name, description: topic.description } : null;
    },
    View: (props) => TopicView({ ...props, lang }),
  });

export const topicRoutes = topicRoutesFor("en");
