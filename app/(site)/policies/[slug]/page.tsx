// A policy page: /policies/editorial, /policies/corrections, /policies/privacy
// (a page whose address is "policies/<name>"). Cached like app/(site)/[page].
import { PublisherPageView, publisherPageMetadata } from "@/app/_components/publisher-page";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  return publisherPageMetadata(`policies/${(await params).slug}`);
}

export default async function PolicyPage({ params }: Props) {
  return <PublisherPageView slug={`policies/${(await params).slug}`} />;
}
