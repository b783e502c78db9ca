// Feeds of one section, topic or author:
// /feeds/{category|topic|author}/<slug>/{rss.xml|atom.xml|feed.json}
import { feedFormatOf, feedResponse } from "@/app/_lib/feeds/respond";

export const dynamic = "force-dynamic";

const KINDS = ["category", "topic", "author"] as const;

export async function GET(_req: Request, ctx: { params: Promise<{ kind: string; slug: string; file: string }> }) {
  const { kind, slug, file } = await ctx.params;
  const format = feedFormatOf(file);
  const scopeKind = KINDS.find((k) => k === kind);
  if (!format || !scopeKind) return new Response("Not found", { status: 404 });
  return feedResponse(scopeKind, slug, format);
}
