// Child sitemaps: /sitemaps/articles-N.xml, categories.xml, topics.xml, authors.xml.
import { getSitemapArticles, getSitemapTaxonomy } from "@/app/_lib/queries/distribution";
import { parseSitemapFile } from "@/app/_lib/sitemaps/files";
import { urlsetXml, XML_HEADERS } from "@/app/_lib/sitemaps/xml";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  const file = parseSitemapFile((await ctx.params).file);
  if (!file) return new Response("Not found", { status: 404 });
  const urls = file.kind === "articles" ? await getSitemapArticles(file.chunk) : await getSitemapTaxonomy(file.kind);
  if (file.kind === "articles" && urls.length === 0 && file.chunk > 1) return new Response("Not found", { status: 404 });
  return new Response(urlsetXml(urls), { headers: XML_HEADERS });
}
