import type { Metadata } from "next";
import { getAuthorListing } from "@/app/_lib/queries/articles";
import { listingMetadata } from "@/app/_lib/seo/metadata";
import { AuthorView } from "./author-view";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getAuthorListing((await params).slug, 1);
  if (!result) return {};
  const { slug, name } = result.author;
  return listingMetadata({ kind: "author", slug, name, description: result.author.bio, path: `/author/${slug}` });
}

export default async function AuthorPage({ params }: Props) {
  return <AuthorView slug={(await params).slug} page={1} />;
}
