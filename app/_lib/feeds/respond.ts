// The shared route-handler body for every feed URL.
import "server-only";
import { env } from "../env";
import { getFeed, type FeedScopeKind } from "../queries/distribution";
import { buildFeed, FEED_CONTENT_TYPES, type FeedFormat } from "./build-feed";

export async function feedResponse(kind: FeedScopeKind, slug: string, format: FeedFormat): Promise<Response> {
  const data = await getFeed(kind, slug);
  if (!data) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(buildFeed(data.scope, data.articles, format, env.FEED_CONTENT), {
    headers: {
      "Content-Type": FEED_CONTENT_TYPES[format],
      "Cache-Control": "public, max-age=300, stale-while-revalidate=600",
      "X-Content-Type-Options": "nosniff",
      "Access-Control-Allow-Origin": "*",
    },
  });
}

const FILES: Record<string, FeedFormat> = { "rss.xml": "rss", "atom.xml": "atom", "feed.json": "json" };
export const feedFormatOf = (file: string): FeedFormat | null => FILES[file] ?? null;
