// Names of the sitemaps under /sitemaps/, and parsing them back. The index and
// the Google News sitemap live at /sitemap.xml and /news-sitemap.xml, which
// next.config.js rewrites to /sitemaps/index.xml and /sitemaps/news.xml: one
// cached (ISR) route serves them all.
import type { TaxonomyKind } from "../queries/distribution/sitemaps";
import type { Language } from "../domain";

const TAXONOMY: TaxonomyKind[] = ["categories", "topics", "authors"];

// The Urdu edition's own sitemaps carry the prefix "ur-" (/sitemaps/ur-articles-1.xml).
const prefix = (language: Language) => (language === "en" ? "" : `${language}-`);

export const sitemapPaths = {
  articles: (chunk: number, language: Language = "en") => `/sitemaps/${prefix(language)}articles-${chunk}.xml`,
  taxonomy: (kind: TaxonomyKind, language: Language = "en") => `/sitemaps/${prefix(language)}${kind}.xml`,
  /** The publisher's pages (about, contact, policies). */
  pages: "/sitemaps/pages.xml",
};

export type SitemapFile =
  | { kind: "index" }
  | { kind: "news" }
  | { kind: "pages" }
  | { kind: "articles"; chunk: number; language: Language }
  | { kind: TaxonomyKind; language: Language };

export function parseSitemapFile(name: string): SitemapFile | null {
  if (name === "index.xml") return { kind: "index" };
  if (name === "news.xml") return { kind: "news" };
  if (name === "pages.xml") return { kind: "pages" };
  const language: Language = name.startsWith("ur-") ? "ur" : "en";
  const file = language === "en" ? name : name.slice(3);
  const articles = /^articles-([1-9]\d{0,5})\.xml$/.exec(file);
  if (articles) return { kind: "articles", chunk: Number(articles[1]), language };
  const kind = TAXONOMY.find((k) => file === `${k}.xml`);
  return kind ? { kind, language } : null;
}
