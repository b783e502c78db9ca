import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { parsePageSegment } from "@/app/_components/pagination";
import { getAuthorListing } from "@/app/_lib/queries/articles";
import { listingMetadata } from "@/app/_lib/seo/metadata";
import { AuthorView } from "../../author-view";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const n = parsePageSegment(page);
  const result = typeof n === "number" ? await getAuthorListing(slug, n) : null;
  if (!result) return {};
  const { name } = result.author;
  const base = listingMetadata({ kind: "author", slug, name, description: result.author.bio, path: `/author/${slug}/page/${n}` });
  return { ...base, title: `${name}: page ${n}` };
}

export default async function AuthorPageN({ params }: Props) {
  const { slug, page } = await params;
  const n = parsePageSegment(page);
  if (n === "base") permanentRedirect(`/author/${slug}`);
  if (n === null) notFound();
  return <AuthorView slug={slug} page={n} />;
}
