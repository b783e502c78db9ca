// /search: the empty search page, and results for a query the cached route
// cannot take (see next.config.js, searchRewrites). Dynamic: it reads the query string.
import { SearchView, searchMetadata } from "./search-view";

export const metadata = searchMetadata;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// A repeated parameter counts by its last value, as in the rewrite's match.
const last = (v: string | string[] | undefined) => (Array.isArray(v) ? v[v.length - 1] : v) ?? "";

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  return <SearchView query={last(params.q)} pageText={last(params.page)} />;
}
