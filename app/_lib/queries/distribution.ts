// Reads for everything that carries stories off the site: sitemaps, feeds,
// structured data and the public API. Shaped, public-only and cached with the
// same tags as the pages, so a publish shows up on the next request and an
// unchanged site costs no database work.
import "server-only";
import type { Prisma } from "@/app/_generated/prisma/client";
import { db } from "../db";
import { tags } from "../cache-tags";
import { PUBLIC_STATUSES } from "../domain";
import { cachedRead } from "./cached";
import { authorProfileSelect, mediaUrl, publicLinkWhere, publicWhere, type AuthorProfile } from "./shapes";

/** URLs per child sitemap (the sitemaps.org limit). */
export const SITEMAP_CHUNK = 50_000;
/** Google News sitemaps: at most 1,000 stories from the last 48 hours. */
export const NEWS_SITEMAP_MAX = 1000;
export const NEWS_SITEMAP_WINDOW_MS = 48 * 3_600_000;

// ---------------------------------------------------------------------------
// The one article shape feeds and the API share.

export type DistributedImage = { url: string; width: number; height: number; alt: string; caption: string; credit: string };

export type DistributedArticle = {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  language: string;
  publishedAt: string;
  firstPublishedAt: string;
  /** Last editorial update, or the publication time when never updated. */
  modifiedAt: string;
  datelinePlace: string;
  sourceAgency: string;
  isBreaking: boolean;
  correctionNote: string;
  category: { id: number; slug: string; name: string };
  topics: { id: number; slug: string; name: string }[];
  authors: { id: number; slug: string; name: string; xHandle: string | null }[];
  hero: DistributedImage | null;
  bodyHtml?: string;
};

const articleSelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  language: true,
  publishedAt: true,
  firstPublishedAt: true,
  contentUpdatedAt: true,
  datelinePlace: true,
  sourceAgency: true,
  isBreaking: true,
  correctionNote: true,
  heroAlt: true,
  heroCaption: true,
  heroCredit: true,
  category: { select: { id: true, slug: true, name: true } },
  heroMedia: { select: { file: true, width: true, height: true, alt: true, caption: true, credit: true } },
  topics: { orderBy: { position: "asc" }, select: { topic: { select: { id: true, slug: true, name: true } } } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { id: true, slug: true, name: true, xHandle: true } } } },
} satisfies Prisma.ArticleSelect;

const withBodySelect = { ...articleSelect, bodyHtml: true } satisfies Prisma.ArticleSelect;

type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }> & { bodyHtml?: string };

function toDistributed(row: ArticleRow): DistributedArticle {
  const published = row.publishedAt ?? new Date(0);
  const modified = row.contentUpdatedAt && row.contentUpdatedAt > published ? row.contentUpdatedAt : published;
  const m = row.heroMedia;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    language: row.language,
    publishedAt: published.toISOString(),
    firstPublishedAt: (row.firstPublishedAt ?? published).toISOString(),
    modifiedAt: modified.toISOString(),
    datelinePlace: row.datelinePlace,
    sourceAgency: row.sourceAgency,
    isBreaking: row.isBreaking,
    correctionNote: row.correctionNote,
    category: row.category,
    topics: row.topics.map((t) => t.topic),
    authors: row.authors.map((a) => a.author),
    hero: m
      ? {
          url: mediaUrl(m.file),
          width: m.width,
          height: m.height,
          alt: row.heroAlt || m.alt,
          caption: row.heroCaption || m.caption,
          credit: row.heroCredit || m.credit,
        }
      : null,
    ...(row.bodyHtml !== undefined ? { bodyHtml: row.bodyHtml } : {}),
  };
}

const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

// ---------------------------------------------------------------------------
// Feeds

export type FeedScopeKind = "site" | "category" | "topic" | "author";
export type FeedScope = { kind: FeedScopeKind; slug: string; name: string; description: string; path: string };
export const FEED_ITEMS = 50;

/**
 * The newest public articles of the site, a category, a topic or an author,
 * with their bodies; null when the category/topic/author does not exist.
 */
export async function getFeed(kind: FeedScopeKind, slug = ""): Promise<{ scope: FeedScope; articles: DistributedArticle[] } | null> {
  return cachedRead(["feed", kind, slug], [tags.articles, tags.taxonomy], async () => {
    let scope: FeedScope;
    let where: Prisma.ArticleWhereInput = publicWhere();
    if (kind === "site") {
      scope = { kind, slug: "", name: "", description: "", path: "/" };
    } else if (kind === "category") {
      const c = await db.category.findUnique({ where: { slug }, select: { id: true, name: true, description: true } });
      if (!c) return null;
      scope = { kind, slug, name: c.name, description: c.description, path: `/category/${slug}` };
      where = { ...where, categoryId: c.id };
    } else if (kind === "topic") {
      const t = await db.topic.findUnique({ where: { slug }, select: { id: true, name: true, description: true } });
      if (!t) return null;
      scope = { kind, slug, name: t.name, description: t.description, path: `/topic/${slug}` };
      where = { ...where, topics: { some: { topicId: t.id } } };
    } else {
      const a = await db.author.findUnique({ where: { slug }, select: { id: true, name: true, bio: true } });
      if (!a) return null;
      scope = { kind, slug, name: a.name, description: a.bio, path: `/author/${slug}` };
      where = { ...where, authors: { some: { authorId: a.id } } };
    }
    const rows = await db.article.findMany({ where, orderBy: newestFirst, take: FEED_ITEMS, select: withBodySelect });
    return { scope, articles: rows.map(toDistributed) };
  });
}

// ---------------------------------------------------------------------------
// Sitemaps

export type SitemapEntry = { path: string; lastmod: string };
export type SitemapIndex = { articleChunks: { chunk: number; lastmod: string }[]; taxonomyLastmod: string };

const latest = (...dates: (Date | null | undefined)[]) =>
  new Date(Math.max(0, ...dates.filter((d): d is Date => !!d).map((d) => d.getTime())));

/**
 * Articles are split into child sitemaps by id order, SITEMAP_CHUNK each, so
 * a story stays in the same file for life and only the last file grows.
 */
export async function getSitemapIndex(): Promise<SitemapIndex> {
  return cachedRead(["sitemap-index"], [tags.articles, tags.taxonomy], async () => {
    const where = publicWhere();
    const total = await db.article.count({ where });
    const chunks = Math.max(1, Math.ceil(total / SITEMAP_CHUNK));
    const articleChunks = [];
    for (let chunk = 1; chunk <= chunks; chunk++) {
      const bounds = await chunkBounds(chunk);
      const agg = bounds
        ? await db.article.aggregate({
            where: { ...where, id: { gte: bounds.first, lte: bounds.last } },
            _max: { publishedAt: true, contentUpdatedAt: true },
          })
        : null;
      articleChunks.push({ chunk, lastmod: latest(agg?._max.publishedAt, agg?._max.contentUpdatedAt).toISOString() });
    }
    const [c, t, a, newest] = await Promise.all([
      db.category.aggregate({ _max: { updatedAt: true } }),
      db.topic.aggregate({ _max: { updatedAt: true } }),
      db.author.aggregate({ _max: { updatedAt: true } }),
      db.article.aggregate({ where, _max: { publishedAt: true } }),
    ]);
    const taxonomyLastmod = latest(c._max.updatedAt, t._max.updatedAt, a._max.updatedAt, newest._max.publishedAt).toISOString();
    return { articleChunks, taxonomyLastmod };
  });
}

async function chunkBounds(chunk: number): Promise<{ first: number; last: number } | null> {
  const where = publicWhere();
  const skip = (chunk - 1) * SITEMAP_CHUNK;
  const [first] = await db.article.findMany({ where, orderBy: { id: "asc" }, skip, take: 1, select: { id: true } });
  if (!first) return null;
  const [last] = await db.article.findMany({
    where: { ...where, id: { gte: first.id } },
    orderBy: { id: "asc" },
    skip: SITEMAP_CHUNK - 1,
    take: 1,
    select: { id: true },
  });
  // No later row: the chunk is open-ended (int4 max, valid on Postgres and SQLite).
  return { first: first.id, last: last?.id ?? 2_147_483_647 };
}

/** The article URLs of one child sitemap (1-based); empty when past the end. */
export async function getSitemapArticles(chunk: number): Promise<SitemapEntry[]> {
  return cachedRead(["sitemap-articles", chunk], [tags.articles], async () => {
    const rows = await db.article.findMany({
      where: publicWhere(),
      orderBy: { id: "asc" },
      skip: (chunk - 1) * SITEMAP_CHUNK,
      take: SITEMAP_CHUNK,
      select: { slug: true, publishedAt: true, contentUpdatedAt: true },
    });
    return rows.map((r) => ({ path: `/news/${r.slug}`, lastmod: latest(r.publishedAt, r.contentUpdatedAt).toISOString() }));
  });
}

export type TaxonomyKind = "categories" | "topics" | "authors";

/** Section, topic or author pages; lastmod is their own edit or their newest story. */
export async function getSitemapTaxonomy(kind: TaxonomyKind): Promise<SitemapEntry[]> {
  return cachedRead(["sitemap-taxonomy", kind], [tags.articles, tags.taxonomy], async () => {
    const now = new Date();
    const linkWhere = publicLinkWhere(now);
    if (kind === "categories") {
      const [rows, newest] = await Promise.all([
        db.category.findMany({ orderBy: { id: "asc" }, select: { id: true, slug: true, updatedAt: true } }),
        db.article.groupBy({ by: ["categoryId"], where: publicWhere(now), _max: { publishedAt: true } }),
      ]);
      const byId = new Map(newest.map((n) => [n.categoryId, n._max.publishedAt]));
      return rows.map((r) => ({ path: `/category/${r.slug}`, lastmod: latest(r.updatedAt, byId.get(r.id)).toISOString() }));
    }
    if (kind === "topics") {
      const [rows, newest] = await Promise.all([
        db.topic.findMany({ orderBy: { id: "asc" }, select: { id: true, slug: true, updatedAt: true } }),
        db.articleTopic.groupBy({ by: ["topicId"], where: linkWhere, _max: { publishedAt: true } }),
      ]);
      const byId = new Map(newest.map((n) => [n.topicId, n._max.publishedAt]));
      // A topic with no published story is an empty page: not worth a crawl.
      return rows
        .filter((r) => byId.has(r.id))
        .map((r) => ({ path: `/topic/${r.slug}`, lastmod: latest(r.updatedAt, byId.get(r.id)).toISOString() }));
    }
    const [rows, newest] = await Promise.all([
      db.author.findMany({ orderBy: { id: "asc" }, select: { id: true, slug: true, updatedAt: true } }),
      db.articleAuthor.groupBy({ by: ["authorId"], where: linkWhere, _max: { publishedAt: true } }),
    ]);
    const byId = new Map(newest.map((n) => [n.authorId, n._max.publishedAt]));
    return rows
      .filter((r) => byId.has(r.id))
      .map((r) => ({ path: `/author/${r.slug}`, lastmod: latest(r.updatedAt, byId.get(r.id)).toISOString() }));
  });
}

export type NewsSitemapEntry = { path: string; title: string; language: string; publishedAt: string; keywords: string[] };

/** Stories published in the last 48 hours, newest first, at most 1,000. */
export async function getNewsSitemap(): Promise<NewsSitemapEntry[]> {
  const rows = await cachedRead(["news-sitemap"], [tags.articles], async () => {
    const now = new Date();
    const found = await db.article.findMany({
      where: { status: { in: PUBLIC_STATUSES }, publishedAt: { lte: now, gte: new Date(now.getTime() - NEWS_SITEMAP_WINDOW_MS) } },
      orderBy: newestFirst,
      take: NEWS_SITEMAP_MAX,
      select: {
        slug: true,
        title: true,
        language: true,
        publishedAt: true,
        topics: { orderBy: { position: "asc" }, select: { topic: { select: { name: true } } } },
      },
    });
    return found.map((r) => ({
      path: `/news/${r.slug}`,
      title: r.title,
      language: r.language,
      publishedAt: (r.publishedAt ?? new Date(0)).toISOString(),
      keywords: r.topics.map((t) => t.topic.name),
    }));
  });
  // The cached answer may be up to an hour old: drop what has left the window since.
  const cutoff = Date.now() - NEWS_SITEMAP_WINDOW_MS;
  return rows.filter((r) => new Date(r.publishedAt).getTime() >= cutoff);
}

// ---------------------------------------------------------------------------
// Public API

export type ApiArticleFilters = {
  category?: string;
  topic?: string;
  author?: string;
  language?: string;
  since?: string;
  page: number;
  perPage: number;
};

export type ApiArticlePage = { articles: DistributedArticle[]; total: number };

export async function listApiArticles(f: ApiArticleFilters): Promise<ApiArticlePage> {
  const key = ["api-articles", f.category ?? "", f.topic ?? "", f.author ?? "", f.language ?? "", f.since ?? "", f.page, f.perPage];
  return cachedRead(key, [tags.articles, tags.taxonomy], async () => {
    const where: Prisma.ArticleWhereInput = {
      ...publicWhere(),
      ...(f.category ? { category: { slug: f.category } } : {}),
      ...(f.topic ? { topics: { some: { topic: { slug: f.topic } } } } : {}),
      ...(f.author ? { authors: { some: { author: { slug: f.author } } } } : {}),
      ...(f.language ? { language: f.language } : {}),
      // "since": published or editorially updated at or after that moment, so
      // a client polling with its last sync time also sees corrections.
      ...(f.since ? { OR: [{ publishedAt: { gte: new Date(f.since) } }, { contentUpdatedAt: { gte: new Date(f.since) } }] } : {}),
    };
    const [total, rows] = await Promise.all([
      db.article.count({ where }),
      db.article.findMany({ where, orderBy: newestFirst, skip: (f.page - 1) * f.perPage, take: f.perPage, select: articleSelect }),
    ]);
    return { total, articles: rows.map(toDistributed) };
  });
}

export async function getApiArticle(slug: string): Promise<DistributedArticle | null> {
  return cachedRead(["api-article", slug], [tags.articles, tags.articleSlug(slug)], async () => {
    const row = await db.article.findFirst({ where: { slug, ...publicWhere() }, select: withBodySelect });
    return row ? toDistributed(row) : null;
  });
}

export type ApiTaxonomyItem = { id: number; slug: string; name: string; description: string; articleCount: number };

export async function listApiCategories(): Promise<ApiTaxonomyItem[]> {
  return cachedRead(["api-categories"], [tags.taxonomy, tags.articles], async () => {
    const [rows, counts] = await Promise.all([
      db.category.findMany({ orderBy: [{ menuOrder: "asc" }, { name: "asc" }], select: { id: true, slug: true, name: true, description: true } }),
      db.article.groupBy({ by: ["categoryId"], where: publicWhere(), _count: { _all: true } }),
    ]);
    const byId = new Map(counts.map((c) => [c.categoryId, c._count._all]));
    return rows.map((r) => ({ ...r, articleCount: byId.get(r.id) ?? 0 }));
  });
}

export async function listApiTopics(): Promise<ApiTaxonomyItem[]> {
  return cachedRead(["api-topics"], [tags.taxonomy, tags.articles], async () => {
    const [rows, counts] = await Promise.all([
      db.topic.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, description: true } }),
      db.articleTopic.groupBy({
        by: ["topicId"],
        where: publicLinkWhere(),
        _count: { _all: true },
      }),
    ]);
    const byId = new Map(counts.map((c) => [c.topicId, c._count._all]));
    return rows.map((r) => ({ ...r, articleCount: byId.get(r.id) ?? 0 }));
  });
}

export type ApiAuthor = Omit<AuthorProfile, "bio"> & { bio: string; articleCount: number };

export async function listApiAuthors(): Promise<ApiAuthor[]> {
  return cachedRead(["api-authors"], [tags.taxonomy, tags.articles], async () => {
    const [rows, counts] = await Promise.all([
      db.author.findMany({ orderBy: { name: "asc" }, select: authorProfileSelect }),
      db.articleAuthor.groupBy({
        by: ["authorId"],
        where: publicLinkWhere(),
        _count: { _all: true },
      }),
    ]);
    const byId = new Map(counts.map((c) => [c.authorId, c._count._all]));
    return rows.map((r) => ({ ...r, articleCount: byId.get(r.id) ?? 0 }));
  });
}
