// RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the site, a section, a topic or an
// author, from the same shaped read. FEED_CONTENT decides whether items carry
// the full (sanitized, absolute-linked) article or its summary.
import { Feed, type Item } from "feed";
import type { DistributedArticle } from "../queries/distribution/article";
import type { FeedScope } from "../queries/distribution/feeds";
import { absoluteUrl, site } from "../site";
import { inEdition, paths } from "../seo/urls";
import { articleDateline } from "../content/dateline";
import { escapeXml } from "../sitemaps/xml";
import { feedHtml } from "./absolute-html";
import { stripXmlForbidden } from "../content/safe-text";
import { htmlForCdata, plainTextAsHtml } from "./feed-text";

export type FeedFormat = "rss" | "atom" | "json";
export type FeedContentMode = "full" | "summary";

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/** A stable id (RFC 4151 tag URI) that survives a slug change. */
export function articleGuid(id: number): string {
  return `tag:${new URL(site.url).hostname},2025:article:${id}`;
}

function feedLinks(scope: FeedScope) {
  // The Urdu edition's feeds are its own: /ur/feed.xml (rewritten like /feed.xml), /ur/feeds/category/<slug>/rss.xml ...
  const f = scope.kind === "site" ? paths.siteFeed : paths.scopedFeed(scope.kind, scope.slug);
  const at = (p: string) => absoluteUrl(inEdition(scope.language, p));
  return { rss: at(f.rss), atom: at(f.atom), json: at(f.json) };
}

/** The site's name in an edition's feeds: the Urdu edition's is the site setting urduSiteName, as on its pages. */
const editionName = (scope: FeedScope, urduSiteName?: string) =>
  scope.language === "ur" ? urduSiteName || `${site.name} اردو` : site.name;

export function feedTitle(scope: FeedScope, urduSiteName?: string): string {
  return scope.kind === "site" ? editionName(scope, urduSiteName) : `${scope.name} | ${editionName(scope, urduSiteName)}`;
}

function toItem(a: DistributedArticle, mode: FeedContentMode, defaultAgency: string, format: FeedFormat, language: string): Item {
  // Every link at the edition's own address (/ur/news/… for Urdu stories).
  const at = (p: string) => absoluteUrl(inEdition(language, p));
  const link = at(paths.article(a.slug));
  // JSON Feed's title and summary are plain text; RSS's and Atom's are HTML (feed-text.ts).
  const text = format === "json" ? stripXmlForbidden : plainTextAsHtml;
  const html = format === "json" ? (s: string) => s : htmlForCdata;
  return {
    title: text(a.title),
    id: articleGuid(a.id),
    guid: articleGuid(a.id),
    link,
    // Atom <updated> and JSON date_modified; RSS pubDate uses `published`.
    date: new Date(a.modifiedAt),
    published: new Date(a.publishedAt),
    description: text(a.standfirst || a.title),
    // The wire dateline opens the story in feeds as it does on the page.
    content:
      mode === "full" && a.bodyHtml !== undefined
        ? html(`<p class="dateline">${escapeXml(articleDateline(a, defaultAgency).text)}</p>${feedHtml(a.bodyHtml, site.url)}`)
        : undefined,
    // A story without a byline has no author (the feed library reads author[0] and would fail).
    author: a.authors.length ? a.authors.map((au) => ({ name: au.name, link: at(paths.author(au.slug)) })) : undefined,
    category: [
      { name: a.category.name, domain: at(paths.category(a.category.slug)), term: a.category.slug, scheme: at("/category/") },
      ...a.topics.map((t) => ({ name: t.name, domain: at(paths.topic(t.slug)), term: t.slug, scheme: at("/topic/") })),
    ],
    image: a.hero ? absoluteUrl(a.hero.url) : undefined,
  };
}

/** mode, defaultAgency and urduSiteName are site settings (feed content, the dateline of stories that name no agency, the Urdu edition's name). */
export function buildFeed(
  scope: FeedScope,
  articles: DistributedArticle[],
  format: FeedFormat,
  { mode, defaultAgency, urduSiteName }: { mode: FeedContentMode; defaultAgency: string; urduSiteName?: string },
): string {
  const link = absoluteUrl(scope.path);
  const updated = articles.reduce((max, a) => (a.modifiedAt > max ? a.modifiedAt : max), new Date(0).toISOString());
  const feed = new Feed({
    title: feedTitle(scope, urduSiteName),
    description: scope.description || site.description,
    id: link,
    link,
    language: scope.language,
    image: absoluteUrl(paths.logo),
    favicon: absoluteUrl(paths.logo),
    copyright: `© ${new Date(updated).getUTCFullYear()} ${site.name}`,
    updated: new Date(updated),
    generator: site.name,
    feedLinks: feedLinks(scope),
    ...(format === "rss" ? { feed: feedLinks(scope).rss } : {}),
  });
  for (const a of articles) {
    const item = toItem(a, mode, defaultAgency, format, scope.language);
    if (format === "rss") {
      // RSS <author> must be an e-mail address; names go in dc:creator.
      item.extensions = [{ name: "dc:creator", objects: { _text: a.authors.map((au) => au.name).join(", ") } }];
      item.author = undefined;
    }
    feed.addItem(item);
  }
  // Names of sections, topics and authors go in as text too: no control character may reach the XML.
  if (format === "atom") return stripXmlForbidden(feed.atom1());
  if (format === "json") return feed.json1();
  const xml = stripXmlForbidden(feed.rss2());
  // The library declares the dc namespace only when items carry content.
  return xml.includes('xmlns:dc="') ? xml : xml.replace("<rss ", '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" ');
}
