// The shared route-handler body for every feed URL. Cache-Control is left to
// Next: the route is ISR, so it sends s-maxage=<revalidate> with
// stale-while-revalidate, like the pages.
import "server-only";
import { getFeed, type FeedScopeKind } from "../queries/distribution/feeds";
import { getSiteSettings } from "../queries/settings";
import { scheduleDeliveries } from "../webhooks/deliver";
import type { Language } from "../domain";
import { buildFeed, FEED_CONTENT_TYPES, type FeedFormat } from "./build-feed";

export const notFoundResponse = (message: string) =>
  new Response(`Not found. ${message}\n`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

export async function feedResponse(kind: FeedScopeKind, slug: string, format: FeedFormat, language: Language = "en"): Promise<Response> {
  // Feed readers poll all day: each re-render of a feed (at most once a
  // minute per feed) also sends due webhook retries.
  scheduleDeliveries();
  const [data, settings] = await Promise.all([getFeed(kind, slug, language), getSiteSettings()]);
  if (!data) return notFoundResponse(`There is no ${kind} "${slug}", so it has no feed.`);
  return new Response(buildFeed(data.scope, data.articles, format, { mode: settings.feedContent, defaultAgency: settings.defaultAgency, urduSiteName: settings.urduSiteName }), {
    headers: {
      "Content-Type": FEED_CONTENT_TYPES[format],
      "X-Content-Type-Options": "nosniff",
      "Access-Control-Allow-Origin": "*",
    },
  });
}

const FILES: Record<string, FeedFormat> = { "rss.xml": "rss", "atom.xml": "atom", "feed.json": "json" };
export const feedFormatOf = (file: string): FeedFormat | null => FILES[file] ?? null;

const SCOPED_KINDS = ["category", "topic", "author"] as const;
type ScopedParams = { params: Promise<{ kind: string; slug: string; file: string }> };

/**
 * GET of an edition's section, topic and author feeds, /feeds/<kind>/<slug>/<file>
 * (and /ur/feeds/... for the Urdu edition, slugs as its pages write them).
 * `siteFeeds`: /feeds/site/<slug>/<file> -> the edition whose site feed it is
 * (the rewrite targets of /feed.xml and /ur/feed.xml).
 */
export function scopedFeedRoute(language: Language, siteFeeds: Record<string, Language> = {}) {
  return async function GET(_req: Request, ctx: ScopedParams): Promise<Response> {
    const { kind, slug, file } = await ctx.params;
    const format = feedFormatOf(file);
    if (!format) return notFoundResponse(`No feed file "${file}": feeds are rss.xml, atom.xml and feed.json.`);
    if (kind === "site" && Object.hasOwn(siteFeeds, slug)) return feedResponse("site", "", format, siteFeeds[slug]);
    const scopeKind = SCOPED_KINDS.find((k) => k === kind);
    if (!scopeKind) return notFoundResponse(`No feeds of "${kind}": feeds exist for category, topic and author.`);
    return feedResponse(scopeKind, slug, format, language);
  };
}
