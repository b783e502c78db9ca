// /ur/search?q=<words>&page=<n>, rewritten here (next.config.js) and cached
// like the English results (app/(site)/search/[q]/[page]/page.tsx).
import { SearchView, urduSearchMetadata } from "@/app/(site)/search/search-view";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const metadata = urduSearchMetadata;

type Props = { params: Promise<{ q: string; page: string }> };

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export default async function UrduCachedSearchPage({ params }: Props) {
  const { q, page } = await params;
  return <SearchView query={decoded(q)} pageText={page} lang="ur" />;
}
