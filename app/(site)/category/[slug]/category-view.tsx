import { ReaderNotFound } from "@/app/_components/reader-not-found";
import { listingRoutes } from "@/app/_components/listing-routes";
import { ListingGrid, ListingHeader } from "@/app/_components/listing";
import { getCategoryListing } from "@/app/_lib/queries/listings";

/** A page of a category listing; 404 when the category or the page does not exist. */
export async function CategoryView({ slug, page }: { slug: string; page: number }) {
  const result = await getCategoryListing(slug, page);
  if (!result || page > result.listing.totalPages) return <ReaderNotFound />;
  const { category, listing } = result;
  return (
    <>
      <ListingHeader kicker="Section" title={category.name} description={category.description} page={page} />
      <ListingGrid listing={listing} base={`/category/${category.slug}`} heading={`Stories in ${category.name}`} />
    </>
  );
}

export const categoryRoutes = listingRoutes({
  kind: "category",
  subject: async (slug, page) => {
    const category = (await getCategoryListing(slug, page))?.category;
    return category ? { slug: category.slug, name: category.name, description: category.description } : null;
  },
  View: CategoryView,
});
