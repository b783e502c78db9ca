// Every sitemap: the index and the Google News sitemap (rewritten here from
// /sitemap.xml and /news-sitemap.xml by next.config.js) and the child sitemaps
// /sitemaps/articles-N.xml, categories.xml, topics.xml, authors.xml.
// ISR like the public pages: rendered on first request (builds never touch the
// database), then served from the cache until a tag of its reads is revalidated
// (publish, unpublish, taxonomy edits), the next scheduled publication, or 60 s.
import { sitemapResponse } from "@/app/_lib/sitemaps/respond";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  return sitemapResponse((await ctx.params).file);
}
