import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { parsePageSegment } from "@/app/_components/pagination";
import { getTopicListing } from "@/app/_lib/queries/articles";
import { listingMetadata } from "@/app/_lib/seo/metadata";
import { TopicView } from "../../topic-view";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const n = parsePageSegment(page);
  const result = typeof n === "number" ? await getTopicListing(slug, n) : null;
  if (!result) return {};
  const { name } = result.topic;
  const base = listingMetadata({ kind: "topic", slug, name, description: result.topic.description, path: `/topic/${slug}/page/${n}` });
  return { ...base, title: `${name}: page ${n}` };
}

export default async function TopicPageN({ params }: Props) {
  const { slug, page } = await params;
  const n = parsePageSegment(page);
  if (n === "base") permanentRedirect(`/topic/${slug}`);
  if (n === null) notFound();
  return <TopicView slug={slug} page={n} />;
}
