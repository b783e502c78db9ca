import { ReaderNotFound } from "@/app/_components/reader-not-found";
import { listingRoutes } from "@/app/_components/listing-routes";
import { ListingGrid, ListingHeader } from "@/app/_components/listing";
import { getTopicListing } from "@/app/_lib/queries/listings";

/** A page of a topic listing; 404 when the topic or the page does not exist. */
export async function TopicView({ slug, page }: { slug: string; page: number }) {
  const result = await getTopicListing(slug, page);
  if (!result || page > result.listing.totalPages) return <ReaderNotFound />;
  const { topic, listing } = result;
  return (
    <>
      <ListingHeader kicker="Topic" title={topic.name} description={topic.description} page={page} />
      <ListingGrid listing={listing} base={`/topic/${topic.slug}`} heading={`Stories about ${topic.name}`} />
    </>
  );
}

export const topicRoutes = listingRoutes({
  kind: "topic",
  subject: async (slug, page) => {
    const topic = (await getTopicListing(slug, page))?.topic;
    return topic ? { slug: topic.slug, name: topic.name, description: topic.description } : null;
  },
  View: TopicView,
});
