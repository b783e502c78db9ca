// /ur/search: the Urdu search page (empty, or a query the cached route cannot take).
import { SearchView, urduSearchMetadata } from "@/app/(site)/search/search-view";

export const metadata = urduSearchMetadata;
// Reads the query string: rendered per request, never at build time (the
// build has no database, and the Urdu layout reads the digit setting).
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const last = (v: string | string[] | undefined) => (Array.isArray(v) ? v[v.length - 1] : v) ?? "";

export default async function UrduSearchPage({ searchParams }: Props) {
  const params = await searchParams;
  return <SearchView query={last(params.q)} pageText={last(params.page)} lang="ur" />;
}
