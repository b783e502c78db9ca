import type { Metadata } from "next";
import { getAuthorListing } from "@/app/_lib/queries/articles";
import { AuthorView } from "./author-view";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getAuthorListing((await params).slug, 1);
  return result ? { title: result.author.name, description: result.author.bio } : {};
}

export default async function AuthorPage({ params }: Props) {
  return <AuthorView slug={(await params).slug} page={1} />;
}
