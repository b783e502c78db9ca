// Sitemap XML (sitemaps.org 0.9 and the Google News extension), written by
// hand: the formats are tiny and this keeps every byte under our control.
import { stripXmlForbidden } from "../content/safe-text";
import { absoluteUrl } from "../site";

export const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
export const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
export const XHTML_NS = "http://www.w3.org/1999/xhtml";

/** Escaped for XML text or attributes, minus the characters XML 1.0 cannot carry (a pasted U+000B). */
export function escapeXml(s: string): string {
  return stripXmlForbidden(s).replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function sitemapIndexXml(sitemaps: { path: string; lastmod: string }[]): string {
  const items = sitemaps.map((s) => `<sitemap><loc>${escapeXml(absoluteUrl(s.path))}</loc><lastmod>${s.lastmod}</lastmod></sitemap>`);
  return `${HEAD}<sitemapindex xmlns="${SITEMAP_NS}">\n${items.join("\n")}\n</sitemapindex>\n`;
}

/** A urlset; a URL with alternates lists every language version of it (itself included) as absolute xhtml:link hreflang. */
export function urlsetXml(urls: { path: string; lastmod: string; alternates?: { hreflang: string; path: string }[] }[]): string {
  const items = urls.map(
    (u) =>
      `<url><loc>${escapeXml(absoluteUrl(u.path))}</loc><lastmod>${u.lastmod}</lastmod>` +
      (u.alternates ?? []).map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(absoluteUrl(a.path))}"/>`).join("") +
      `</url>`,
  );
  const xhtml = urls.some((u) => u.alternates?.length) ? ` xmlns:xhtml="${XHTML_NS}"` : "";
  return `${HEAD}<urlset xmlns="${SITEMAP_NS}"${xhtml}>\n${items.join("\n")}\n</urlset>\n`;
}

/** Google News language codes: ISO 639 (two or three letters), zh-cn / zh-tw. */
const newsLanguage = (language: string) => language.toLowerCase();

export function newsSitemapXml(
  publication: { name: string },
  entries: { path: string; title: string; language: string; publishedAt: string; keywords: string[] }[],
): string {
  const items = entries.map(
    (e) =>
      `<url><loc>${escapeXml(absoluteUrl(e.path))}</loc><news:news>` +
      `<news:publication><news:name>${escapeXml(publication.name)}</news:name><news:language>${newsLanguage(e.language)}</news:language></news:publication>` +
      `<news:publication_date>${e.publishedAt}</news:publication_date>` +
      `<news:title>${escapeXml(e.title)}</news:title>` +
      (e.keywords.length ? `<news:keywords>${escapeXml(e.keywords.join(", "))}</news:keywords>` : "") +
      `</news:news></url>`,
  );
  // Nothing published in 48 hours: the sitemaps.org schema wants at least one
  // <url>, so the front page stands in, as a plain URL without <news:news>.
  // Listing an older story as news would be wrong (Google News only takes two
  // days); the front page is where the next story will appear, and crawlers
  // treat a URL without news tags as an ordinary sitemap entry.
  if (items.length === 0) items.push(`<url><loc>${escapeXml(absoluteUrl("/"))}</loc></url>`);
  return `${HEAD}<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${items.join("\n")}\n</urlset>\n`;
}

// No Cache-Control: the sitemap route is ISR, so Next sends s-maxage=<revalidate>
// with stale-while-revalidate, like the pages.
export const XML_HEADERS = {
  "Content-Type": "application/xml; charset=utf-8",
  "X-Content-Type-Options": "nosniff",
};
