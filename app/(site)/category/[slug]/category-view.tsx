import { ReaderNotFound } from "@/app/_components/reader-not-found";
import { listingRoutes } from "@/app/_components/listing-routes";
import { ListingGrid, ListingHeader } from "@/app/_components/listing";
import { getCategoryListing } from "@/app/_lib/queries/listings";
import { messages } from "@/app/_lib/i18n";
import { inEdition } from "@/app/_lib/seo/urls";

/** A page of a category listing; 404 when the category or the page does not exist. */
export async function CategoryView({ slug, page, lang = "en" }: { slug: string; page: number; lang?: string }) {
  const result = await getCategoryListing(slug, page, lang);
  if (!result || page > result.listing.totalPages) return <ReaderNotFound lang={lang} />;
  const { category, listing } = result;
  const t = messages(lang);
  return (
    <>
      <ListingHeader kicker={t.section} title={category.name} description={category.description} page={page} lang={lang} />
      <ListingGrid listing={listing} base={inEdition(lang, `/category/${category.slug}`)} heading={`${t.storiesIn} ${category.name}`} lang={lang} />
    </>
  );
}

/** The category routes of an edition (English: /category/..., Urdu: /ur/category/<Urdu slug>). */
export const categoryRoutesFor = (lang: string) =>
  listingRoutes({
    kind: "category",
    lang,
    subject: async (slug, page) => {
      const category = (await getCategoryListing(slug, page, lang))?.category;
      return category ? { slug: category.slug, name: category.name, description: category.description } : null;
    },
    View: (props) => CategoryView({ ...props, lang }),
  });

export const categoryRoutes = categoryRoutesFor("en");
