// The shared route-handler body for every sitemap (see files.ts for the names).
import "server-only";
import { getNewsSitemap, getSitemapArticles, getSitemapIndex, getSitemapTaxonomy } from "../queries/distribution/sitemaps";
import { getPageLinks } from "../queries/pages";
import { pagePath } from "../pages/page-paths";
import { site } from "../site";
import { parseSitemapFile, sitemapPaths } from "./files";
import { newsSitemapXml, sitemapIndexXml, urlsetXml, XML_HEADERS } from "./xml";

const notFound = () =>
  new Response("Not found. Sitemaps are /sitemap.xml (the index, listing every other one) and /news-sitemap.xml.\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

export async function sitemapResponse(name: string): Promise<Response> {
  const file = parseSitemapFile(name);
  if (!file) return notFound();
  if (file.kind === "index") {
    const [en, ur, pages] = await Promise.all([getSitemapIndex("en"), getSitemapIndex("ur"), getPageLinks()]);
    // Each edition's own sitemaps (the Urdu edition's are named ur-…).
    const edition = (language: "en" | "ur", index: typeof en) => [
      ...index.articleChunks.map((c) => ({ path: sitemapPaths.articles(c.chunk, language), lastmod: c.lastmod })),
      ...(["categories", "topics", "authors"] as const).map((kind) => ({ path: sitemapPaths.taxonomy(kind, language), lastmod: index.taxonomyLastmod })),
    ];
    const sitemaps = [
      ...edition("en", en),
      ...edition("ur", ur),
      // Listed only when there is a published page: an empty urlset is not worth a crawl.
      ...(pages.length ? [{ path: sitemapPaths.pages, lastmod: pages.map((p) => p.updatedAt).sort().at(-1)! }] : []),
    ];
    return new Response(sitemapIndexXml(sitemaps), { headers: XML_HEADERS });
  }
  if (file.kind === "pages") {
    const pages = await getPageLinks();
    return new Response(urlsetXml(pages.map((p) => ({ path: pagePath(p.slug), lastmod: p.updatedAt }))), { headers: XML_HEADERS });
  }
  if (file.kind === "news") return new Response(newsSitemapXml({ name: site.name }, await getNewsSitemap()), { headers: XML_HEADERS });
  if (file.kind !== "articles") return new Response(urlsetXml(await getSitemapTaxonomy(file.kind, file.language)), { headers: XML_HEADERS });
  const urls = await getSitemapArticles(file.chunk, file.language);
  if (urls.length === 0 && file.chunk > 1) return notFound();
  return new Response(urlsetXml(urls), { headers: XML_HEADERS });
}
