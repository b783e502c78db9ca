// Public URLs of everything distribution links to, in one place so pages,
// feeds, sitemaps, structured data and the API never disagree.
import { absoluteUrl } from "../site";

export const paths = {
  home: "/",
  article: (slug: string) => `/news/${slug}`,
  category: (slug: string) => `/category/${slug}`,
  topic: (slug: string) => `/topic/${slug}`,
  author: (slug: string) => `/author/${slug}`,
  search: "/search",
  logo: "/logo.png",
  ogDefault: "/og/default",
  ogArticle: (slug: string) => `/og/news/${slug}`,
  sitemapIndex: "/sitemap.xml",
  newsSitemap: "/news-sitemap.xml",
  siteFeed: { rss: "/feed.xml", atom: "/feed.atom", json: "/feed.json" },
  scopedFeed: (kind: "category" | "topic" | "author", slug: string) => ({
    rss: `/feeds/${kind}/${slug}/rss.xml`,
    atom: `/feeds/${kind}/${slug}/atom.xml`,
    json: `/feeds/${kind}/${slug}/feed.json`,
  }),
} as const;

/**
 * An edition's URL prefix (issue 20): the English edition keeps the root (no
 * existing link changes), the Urdu edition lives under /ur with the same
 * scheme: /ur, /ur/news/<slug>, /ur/category/<urdu slug>, /ur/topic/<urdu slug>,
 * /ur/author/<slug>, /ur/search, /ur/feed.xml ...
 */
export const editionPrefix = (language: string) => (language === "ur" ? "/ur" : "");

/** A path of `paths` in the given edition: inEdition("ur", paths.article(slug)) is /ur/news/<slug>. */
export const inEdition = (language: string, path: string) => {
  const prefix = editionPrefix(language);
  return prefix && path === "/" ? prefix : prefix + path;
};

export const LOGO_SIZE = { width: 512, height: 512 } as const;
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export { absoluteUrl };

/** X (Twitter) profile URL from a handle with or without "@". */
export const xProfileUrl = (handle: string) => `https://x.com/${handle.replace(/^@/, "")}`;
export const atHandle = (handle: string) => `@${handle.replace(/^@/, "")}`;
