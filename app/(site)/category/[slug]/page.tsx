import type { Metadata } from "next";
import { getCategoryListing } from "@/app/_lib/queries/articles";
import { CategoryView } from "./category-view";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getCategoryListing((await params).slug, 1);
  return result ? { title: result.category.name, description: result.category.description } : {};
}

export default async function CategoryPage({ params }: Props) {
  return <CategoryView slug={(await params).slug} page={1} />;
}
