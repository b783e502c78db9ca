import { notFound } from "next/navigation";
import { ArticleCard } from "@/app/_components/article-card";
import { getCategoryListing } from "@/app/_lib/queries/articles";
import { listingMetadata } from "@/app/_lib/seo/metadata";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const result = await getCategoryListing((await params).slug, 1);
  if (!result) return {};
  const { category } = result;
  return listingMetadata({ kind: "category", slug: category.slug, name: category.name, description: category.description, path: `/category/${category.slug}` });
}

export default async function CategoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const result = await getCategoryListing((await params).slug, 1);
  if (!result) notFound();
  const { category, listing } = result;
  return (
    <>
      <header className="border-b-2 border-brand-600 pb-3">
        <h1 className="font-serif text-4xl font-bold">{category.name}</h1>
        {category.description && <p className="mt-2 text-zinc-700 dark:text-zinc-300">{category.description}</p>}
      </header>
      <div className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
        {listing.articles.map((a) => (
          <ArticleCard key={a.id} article={a} />
        ))}
      </div>
    </>
  );
}
