import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { parsePageSegment } from "@/app/_components/pagination";
import { getCategoryListing } from "@/app/_lib/queries/articles";
import { listingMetadata } from "@/app/_lib/seo/metadata";
import { CategoryView } from "../../category-view";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const n = parsePageSegment(page);
  const result = typeof n === "number" ? await getCategoryListing(slug, n) : null;
  if (!result) return {};
  const { name } = result.category;
  const base = listingMetadata({ kind: "category", slug, name, description: result.category.description, path: `/category/${slug}/page/${n}` });
  return { ...base, title: `${name}: page ${n}` };
}

export default async function CategoryPageN({ params }: Props) {
  const { slug, page } = await params;
  const n = parsePageSegment(page);
  if (n === "base") permanentRedirect(`/category/${slug}`);
  if (n === null) notFound();
  return <CategoryView slug={slug} page={n} />;
}
