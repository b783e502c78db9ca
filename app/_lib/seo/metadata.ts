// Metadata (Next's metadata API) for reader pages: canonical URL, Open Graph,
// Twitter card, feed links. Relative URLs resolve against metadataBase
// (SITE_URL, set in app/layout.tsx).
import type { Metadata } from "next";
import type { ArticleFull, AuthorProfile } from "../queries/shapes";
import { site } from "../site";
import { absoluteUrl, atHandle, OG_IMAGE_SIZE, paths } from "./urls";

const OG_LOCALES: Record<string, string> = { en: "en_US", ur: "ur_PK" };
export const ogLocale = (language: string) => OG_LOCALES[language] ?? language;

/** For pages crawlers must not index: search results, previews, the newsroom. */
export const noindex: Metadata["robots"] = { index: false, follow: false, nocache: true };

type FeedSet = { rss: string; atom: string; json: string };

/**
 * `<link rel="alternate">` for the site's feeds, plus the page's own (section,
 * topic, author) first when it has them.
 */
export function feedAlternates(scoped?: { feeds: FeedSet; name: string }) {
  const sets: { feeds: FeedSet; title: string }[] = [];
  if (scoped) sets.push({ feeds: scoped.feeds, title: `${site.name}: ${scoped.name}` });
  sets.push({ feeds: paths.siteFeed, title: site.name });
  return {
    "application/rss+xml": sets.map((s) => ({ url: s.feeds.rss, title: `${s.title} (RSS)` })),
    "application/atom+xml": sets.map((s) => ({ url: s.feeds.atom, title: `${s.title} (Atom)` })),
    "application/feed+json": sets.map((s) => ({ url: s.feeds.json, title: `${s.title} (JSON Feed)` })),
  };
}

const defaultImage = { url: paths.ogDefault, ...OG_IMAGE_SIZE, alt: site.name };

export function frontPageMetadata(description: string = site.description): Metadata {
  return {
    title: { absolute: `${site.name}: latest news` },
    description: description,
    alternates: { canonical: paths.home, types: feedAlternates() },
    openGraph: {
      type: "website",
      url: paths.home,
      siteName: site.name,
      title: site.name,
      description: description,
      locale: ogLocale("en"),
      images: [defaultImage],
    },
    twitter: { card: "summary_large_image", site: atHandle(site.xHandle), title: site.name, description: description, images: [defaultImage] },
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
}): Metadata {
  const description = input.description || `The latest ${input.name} stories from ${site.name}.`;
  return {
    title: input.name,
    description,
    alternates: { canonical: input.path, types: feedAlternates({ feeds: paths.scopedFeed(input.kind, input.slug), name: input.name }) },
    openGraph: {
      type: input.kind === "author" ? "profile" : "website",
      url: input.path,
      siteName: site.name,
      title: `${input.name} | ${site.name}`,
      description,
      locale: ogLocale("en"),
      images: [defaultImage],
    },
    twitter: { card: "summary_large_image", site: atHandle(site.xHandle), title: `${input.name} | ${site.name}`, description, images: [defaultImage] },
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

export function articleMetadata(article: ArticleFull, authors: AuthorProfile[]): Metadata {
  const title = article.seoTitle || article.title;
  const description = articleDescription(article);
  const image = { url: paths.ogArticle(article.slug), ...OG_IMAGE_SIZE, alt: article.title };
  const creator = authors.find((a) => a.xHandle)?.xHandle;
  return {
    title,
    description,
    authors: authors.map((a) => ({ name: a.name, url: absoluteUrl(paths.author(a.slug)) })),
    keywords: article.topics.map((t) => t.name),
    alternates: {
      canonical: paths.article(article.slug),
      types: feedAlternates({ feeds: paths.scopedFeed("category", article.category.slug), name: article.category.name }),
    },
    openGraph: {
      type: "article",
      url: paths.article(article.slug),
      siteName: site.name,
      title,
      description,
      locale: ogLocale(article.language),
      publishedTime: article.firstPublishedAt,
      modifiedTime: articleModifiedAt(article),
      section: article.category.name,
      tags: article.topics.map((t) => t.name),
      authors: authors.map((a) => absoluteUrl(paths.author(a.slug))),
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
