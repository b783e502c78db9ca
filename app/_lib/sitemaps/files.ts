// Names of the sitemaps under /sitemaps/, and parsing them back. The index and
// the Google News sitemap live at /sitemap.xml and /news-sitemap.xml, which
// next.config.js rewrites to /sitemaps/index.xml and /sitemaps/news.xml: one
// cached (ISR) route serves them all.
import type { TaxonomyKind } from "../queries/distribution/sitemaps";

const TAXONOMY: TaxonomyKind[] = ["categories", "topics", "authors"];

export const sitemapPaths = {
  articles: (chunk: number) => `/sitemaps/articles-${chunk}.xml`,
  taxonomy: (kind: TaxonomyKind) => `/sitemaps/${kind}.xml`,
  /** The publisher's pages (about, contact, policies). */
  pages: "/sitemaps/pages.xml",
};

export type SitemapFile = { kind: "index" } | { kind: "news" } | { kind: "pages" } | { kind: "articles"; chunk: number } | { kind: TaxonomyKind };

export function parseSitemapFile(file: string): SitemapFile | null {
  if (file === "index.xml") return { kind: "index" };
  if (file === "news.xml") return { kind: "news" };
  if (file === "pages.xml") return { kind: "pages" };
  const articles = /^articles-([1-9]\d{0,5})\.xml$/.exec(file);
  if (articles) return { kind: "articles", chunk: Number(articles[1]) };
  const kind = TAXONOMY.find((k) => file === `${k}.xml`);
  return kind ? { kind } : null;
}
