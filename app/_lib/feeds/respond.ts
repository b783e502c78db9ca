// The shared route-handler body for every feed URL.
import "server-only";
import { getFeed, type FeedScopeKind } from "../queries/distribution";
import { getSiteSettings } from "../queries/settings";
import { scheduleDeliveries } from "../webhooks/deliver";
import { buildFeed, FEED_CONTENT_TYPES, type FeedFormat } from "./build-feed";

export async function feedResponse(kind: FeedScopeKind, slug: string, format: FeedFormat): Promise<Response> {
  // Feed readers poll all day: their requests also send due webhook retries.
  scheduleDeliveries();
  const [data, settings] = await Promise.all([getFeed(kind, slug), getSiteSettings()]);
  if (!data) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(buildFeed(data.scope, data.articles, format, { mode: settings.feedContent, defaultAgency: settings.defaultAgency }), {
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
