// A publisher page at the site's root: /about, /contact, /careers
// (app/_lib/pages/page-paths.ts says which names a page may take). Static
// routes (/news, /search, ...) always win over this segment. ISR like the
// article page: rendered on first request, then cached until the page is
// saved (tags in cache-tags.ts); an unknown name is the reader 404.
import { PublisherPageView, publisherPageMetadata } from "@/app/_components/publisher-page";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props) {
  return publisherPageMetadata((await params).page);
}

export default async function PublisherPage({ params }: Props) {
  return <PublisherPageView slug={(await params).page} />;
}
