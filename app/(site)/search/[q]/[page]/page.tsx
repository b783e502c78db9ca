// /search?q=<words>&page=<n> for the usual queries, rewritten here by
// next.config.js (searchRewrites) so results are cached like any listing:
// rendered on the first request, then served from cache until a publish
// (tag "articles") or the next scheduled story expires them. Every query is
// an address, so these entries are kept in memory only (tag "search",
// app/_server/cache/file-cache-handler.cjs): reader input never fills the disk.
import { SearchView, searchMetadata } from "../../search-view";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const metadata = searchMetadata;

type Props = { params: Promise<{ q: string; page: string }> };

// Next hands this route its segments percent-encoded ("climate%20change").
// The rewrite never passes a "%" of the reader's own, so decoding is exact; a
// hand-typed address that is not valid encoding is searched as it stands.
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export default async function CachedSearchPage({ params }: Props) {
  const { q, page } = await params;
  return <SearchView query={decoded(q)} pageText={page} />;
}
