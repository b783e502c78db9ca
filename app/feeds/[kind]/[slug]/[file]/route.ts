// Every feed: /feeds/{category|topic|author}/<slug>/{rss.xml|atom.xml|feed.json},
// and the whole site's /feed.xml, /feed.atom, /feed.json, which next.config.js
// rewrites to /feeds/site/all/... so they are dynamic segments too; the Urdu
// edition's /ur/feed.xml, /ur/feed.atom, /ur/feed.json go to /feeds/site/ur/...
// ISR like the public pages: rendered on first request (builds never touch the
// database), then served from the cache until a tag of its reads is revalidated
// (publish, unpublish, settings), the next scheduled publication, or 60 s.
import { feedFormatOf, feedResponse, notFoundResponse } from "@/app/_lib/feeds/respond";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const KINDS = ["category", "topic", "author"] as const;

export async function GET(_req: Request, ctx: { params: Promise<{ kind: string; slug: string; file: string }> }) {
  const { kind, slug, file } = await ctx.params;
  const format = feedFormatOf(file);
  if (!format) return notFoundResponse(`No feed file "${file}": feeds are rss.xml, atom.xml and feed.json.`);
  if (kind === "site" && slug === "all") return feedResponse("site", "", format);
  if (kind === "site" && slug === "ur") return feedResponse("site", "", format, "ur");
  const scopeKind = KINDS.find((k) => k === kind);
  if (!scopeKind) return notFoundResponse(`No feeds of "${kind}": feeds exist for category, topic and author.`);
  return feedResponse(scopeKind, slug, format);
}
