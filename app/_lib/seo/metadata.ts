// Metadata (Next's metadata API) for reader pages: canonical URL, Open Graph,
// Twitter card, feed links. Relative URLs resolve against metadataBase
// (SITE_URL, set in app/layout.tsx).
import type { Metadata } from "next";
import type { ArticleFull, AuthorProfile } from "../queries/shapes";
import { site } from "../site";
import { absoluteUrl, atHandle, inEdition, OG_IMAGE_SIZE, paths } from "./urls";

const OG_LOCALES: Record<string, string> = { en: "en_US", ur: "ur_PK" };
export const ogLocale = (language: string) => OG_LOCALES[language] ?? language;

/** For pages crawlers must not index: search results, previews, the newsroom. */
export const noindex: Metadata["robots"] = { index: false, follow: false, nocache: true };

type FeedSet = { rss: string; atom: string; json: string };

/**
 * `<link rel="alternate">` for the site's feeds, plus the page's own (section,
 * topic, author) first when it has them. `siteName`: the edition's name (the
 * Urdu edition's is the site setting urduSiteName, as its feeds are titled).
 */
export function feedAlternates(scoped?: { feeds: FeedSet; name: string }, language = "en", siteName: string = site.name) {
  const sets: { feeds: FeedSet; title: string }[] = [];
  if (scoped) sets.push({ feeds: scoped.feeds, title: `${siteName}: ${scoped.name}` });
  sets.push({ feeds: paths.siteFeed, title: siteName });
  // Each edition's feeds at its own address: /ur/feed.xml, /ur/feeds/category/<slug>/rss.xml ...
  const at = (p: string) => inEdition(language, p);
  return {
    "application/rss+xml": sets.map((s) => ({ url: at(s.feeds.rss), title: `${s.title} (RSS)` })),
    "application/atom+xml": sets.map((s) => ({ url: at(s.feeds.atom), title: `${s.title} (Atom)` })),
    "application/feed+json": sets.map((s) => ({ url: at(s.feeds.json), title: `${s.title} (JSON Feed)` })),
  };
}

const defaultImage = { url: paths.ogDefault, ...OG_IMAGE_SIZE, alt: site.name };

/** An edition's front page; the two editions' front pages are each other's hreflang alternates. */
export function frontPageMetadata(description: string = site.description, language = "en", siteName: string = site.name): Metadata {
  const home = inEdition(language, paths.home);
  const urdu = language === "ur";
  const text = urdu ? `${siteName}: تازہ خبریں` : description;
  return {
    title: { absolute: urdu ? `${siteName}: تازہ خبریں` : `${siteName}: latest news` },
    description: text,
    alternates: {
      canonical: home,
      types: feedAlternates(undefined, language, siteName),
      languages: { en: absoluteUrl(paths.home), ur: absoluteUrl(inEdition("ur", paths.home)), "x-default": absoluteUrl(paths.home) },
    },
    openGraph: {
      type: "website",
      url: home,
      siteName,
      title: siteName,
      description: text,
      locale: ogLocale(language),
      images: [defaultImage],
    },
    twitter: { card: "summary_large_image", site: atHandle(site.xHandle), title: siteName, description: text, images: [defaultImage] },
  };
}

/** Section, topic and author pages. `path` is the first page's URL. */
export function listingMetadata(input: {
  kind: "category" | "topic" | "author";
  slug: string;
  name: string;
  description: string;
  /** Path of this page (page 2+ are their own canonical). */
  path: string;
  language?: string;
  /** The edition's name (Edition.siteName). */
  siteName?: string;
}): Metadata {
  const language = input.language ?? "en";
  const siteName = input.siteName ?? site.name;
  const description = input.description || (language === "ur" ? input.name : `The latest ${input.name} stories from ${siteName}.`);
  return {
    title: input.name,
    description,
    alternates: { canonical: input.path, types: feedAlternates({ feeds: paths.scopedFeed(input.kind, input.slug), name: input.name }, language, siteName) },
    openGraph: {
      type: input.kind === "author" ? "profile" : "website",
      url: input.path,
      siteName,
      title: `${input.name} | ${siteName}`,
      description,
      locale: ogLocale(language),
      images: [defaultImage],
    },
    twitter: { card: "summary_large_image", site: atHandle(site.xHandle), title: `${input.name} | ${siteName}`, description, images: [defaultImage] },
  };
}

/** Date the article was last edited for readers (never earlier than its publication). */
export function articleModifiedAt(article: Pick<ArticleFull, "publishedAt" | "contentUpdatedAt">): string {
  const { publishedAt, contentUpdatedAt } = article;
  return contentUpdatedAt && contentUpdatedAt > publishedAt ? contentUpdatedAt : publishedAt;
}

export function articleDescription(article: Pick<ArticleFull, "seoDescription" | "standfirst">): string {
  return article.seoDescription || article.standfirst;
}

/**
 * hreflang alternates of a story with published translations: every member of
 * the pair (itself included) by language, and x-default on the English one;
 * none for a story without translations. Absolute (metadataBase).
 */
export function translationAlternates(
  article: Pick<ArticleFull, "slug" | "language">,
  translations: { language: string; slug: string }[],
): Record<string, string> | undefined {
  if (translations.length === 0) return undefined;
  const all = [{ language: article.language, slug: article.slug }, ...translations];
  const out: Record<string, string> = {};
  for (const t of all) out[t.language] = absoluteUrl(inEdition(t.language, paths.article(t.slug)));
  const english = all.find((t) => t.language === "en");
  if (english) out["x-default"] = out.en;
  return out;
}

export function articleMetadata(
  article: ArticleFull,
  authors: AuthorProfile[],
  translations: { language: string; slug: string }[] = [],
  siteName: string = site.name,
): Metadata {
  const path = inEdition(article.language, paths.article(article.slug));
  const title = article.seoTitle || article.title;
  const description = articleDescription(article);
  const image = { url: paths.ogArticle(article.slug), ...OG_IMAGE_SIZE, alt: article.title };
  const creator = authors.find((a) => a.xHandle)?.xHandle;
  return {
    title,
    description,
    authors: authors.map((a) => ({ name: a.name, url: absoluteUrl(inEdition(article.language, paths.author(a.slug))) })),
    keywords: article.topics.map((t) => t.name),
    alternates: {
      canonical: path,
      languages: translationAlternates(article, translations),
      types: feedAlternates({ feeds: paths.scopedFeed("category", article.category.slug), name: article.category.name }, article.language, siteName),
    },
    openGraph: {
      type: "article",
      url: path,
      siteName,
      title,
      description,
      locale: ogLocale(article.language),
      publishedTime: article.firstPublishedAt,
      modifiedTime: articleModifiedAt(article),
      section: article.category.name,
      tags: article.topics.map((t) => t.name),
      authors: authors.map((a) => absoluteUrl(inEdition(article.language, paths.author(a.slug)))),
      images: [image],
    },
    twitter: {
      card: "summary_large_image",
      site: atHandle(site.xHandle),
      ...(creator ? { creator: atHandle(creator) } : {}),
      title,
      description,
      images: [image],
    },
  };
}
