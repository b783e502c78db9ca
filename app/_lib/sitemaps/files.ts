// Names of the child sitemaps under /sitemaps/, and parsing them back.
import type { TaxonomyKind } from "../queries/distribution";

const TAXONOMY: TaxonomyKind[] = ["categories", "topics", "authors"];

export const sitemapPaths = {
  articles: (chunk: number) => `/sitemaps/articles-${chunk}.xml`,
  taxonomy: (kind: TaxonomyKind) => `/sitemaps/${kind}.xml`,
};

export type SitemapFile = { kind: "articles"; chunk: number } | { kind: TaxonomyKind };

export function parseSitemapFile(file: string): SitemapFile | null {
  const articles = /^articles-([1-9]\d{0,5})\.xml$/.exec(file);
  if (articles) return { kind: "articles", chunk: Number(articles[1]) };
  const kind = TAXONOMY.find((k) => file === `${k}.xml`);
  return kind ? { kind } : null;
}
