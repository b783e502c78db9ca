import type { Metadata } from "next";
import { getCategoryListing } from "@/app/_lib/queries/articles";
import { listingMetadata } from "@/app/_lib/seo/metadata";
import { CategoryView } from "./category-view";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getCategoryListing((await params).slug, 1);
  if (!result) return {};
  const { slug, name } = result.category;
  return listingMetadata({ kind: "category", slug, name, description: result.category.description, path: `/category/${slug}` });
}

export default async function CategoryPage({ params }: Props) {
  return <CategoryView slug={(await params).slug} page={1} />;
}
