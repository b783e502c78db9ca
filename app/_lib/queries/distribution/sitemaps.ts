// The reads behind the sitemaps and the Google News sitemap: shaped, public-only, cached with the pages' tags.
import "server-only";
import { db } from "../../db";
import { tags } from "../../cache-tags";
import { PUBLIC_STATUSES } from "../../domain";
import { cachedRead } from "../cached";
import { newestFirst, publicLinkWhere, publicWhere } from "../shapes";

/** URLs per child sitemap (the sitemaps.org limit). */
export const SITEMAP_CHUNK = 50_000;
/** Google News sitemaps: at most 1,000 stories from the last 48 hours. */
export const NEWS_SITEMAP_MAX = 1000;
export const NEWS_SITEMAP_WINDOW_MS = 48 * 3_600_000;



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

