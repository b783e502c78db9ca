// The sitemap index: article sitemaps (50,000 URLs each) and the section,
// topic and author sitemaps. Dynamic, but served from the data cache.
import { getSitemapIndex } from "@/app/_lib/queries/distribution";
import { sitemapIndexXml, XML_HEADERS } from "@/app/_lib/sitemaps/xml";
import { sitemapPaths } from "@/app/_lib/sitemaps/files";

export const dynamic = "force-dynamic";

export async function GET() {
  const index = await getSitemapIndex();
  const sitemaps = [
    ...index.articleChunks.map((c) => ({ path: sitemapPaths.articles(c.chunk), lastmod: c.lastmod })),
    ...(["categories", "topics", "authors"] as const).map((kind) => ({ path: sitemapPaths.taxonomy(kind), lastmod: index.taxonomyLastmod })),
  ];
  return new Response(sitemapIndexXml(sitemaps), { headers: XML_HEADERS });
}
