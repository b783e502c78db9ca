import type { Metadata } from "next";
import { getTopicListing } from "@/app/_lib/queries/articles";
import { listingMetadata } from "@/app/_lib/seo/metadata";
import { TopicView } from "./topic-view";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getTopicListing((await params).slug, 1);
  if (!result) return {};
  const { slug, name } = result.topic;
  return listingMetadata({ kind: "topic", slug, name, description: result.topic.description, path: `/topic/${slug}` });
}

export default async function TopicPage({ params }: Props) {
  return <TopicView slug={(await params).slug} page={1} />;
}
