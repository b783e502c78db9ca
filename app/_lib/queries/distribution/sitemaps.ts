// The reads behind the sitemaps and the Google News sitemap: shaped, public-only, cached with the pages' tags.
import "server-only";
import { db } from "../../db";
import { tags } from "../../cache-tags";
import { PUBLIC_STATUSES, type Language } from "../../domain";
import { inEdition } from "../../seo/urls";
import { cachedRead } from "../cached";
import { newestFirst, publicLinkWhere, publicWhere } from "../shapes";

/** URLs per child sitemap (the sitemaps.org limit). */
export const SITEMAP_CHUNK = 50_000;
/** Google News sitemaps: at most 1,000 stories from the last 48 hours. */
export const NEWS_SITEMAP_MAX = 1000;
export const NEWS_SITEMAP_WINDOW_MS = 48 * 3_600_000;

/** One URL; alternates: the same story in every language of its translation group (hreflang), itself included. */
export type SitemapEntry = { path: string; lastmod: string; alternates?: { hreflang: string; path: string }[] };
export type SitemapIndex = { articleChunks: { chunk: number; lastmod: string }[]; taxonomyLastmod: string };

// Each edition has its own sitemaps (its stories, sections, topics and authors
// under its own addresses); the index lists both.

const latest = (...dates: (Date | null | undefined)[]) =>
  new Date(Math.max(0, ...dates.filter((d): d is Date => !!d).map((d) => d.getTime())));

/**
 * Articles are split into child sitemaps by id order, SITEMAP_CHUNK each, so
 * a story stays in the same file for life and only the last file grows.
 */
export async function getSitemapIndex(language: Language = "en"): Promise<SitemapIndex> {
  return cachedRead(["sitemap-index", language], [tags.articles, tags.taxonomy], async () => {
    const where = { ...publicWhere(), language };
    const total = await db.article.count({ where });
    const chunks = Math.max(1, Math.ceil(total / SITEMAP_CHUNK));
    const articleChunks = [];
    for (let chunk = 1; chunk <= chunks; chunk++) {
      const bounds = await chunkBounds(chunk, language);
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

async function chunkBounds(chunk: number, language: Language): Promise<{ first: number; last: number } | null> {
  const where = { ...publicWhere(), language };
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

/** The article URLs of one child sitemap (1-based) of an edition; empty when past the end. */
export async function getSitemapArticles(chunk: number, language: Language = "en"): Promise<SitemapEntry[]> {
  return cachedRead(["sitemap-articles", language, chunk], [tags.articles], async () => {
    const rows = await db.article.findMany({
      where: { ...publicWhere(), language },
      orderBy: { id: "asc" },
      skip: (chunk - 1) * SITEMAP_CHUNK,
      take: SITEMAP_CHUNK,
      select: { id: true, slug: true, publishedAt: true, contentUpdatedAt: true, translation: { select: { groupId: true } } },
    });
    const alternates = await translationAlternates(rows.flatMap((r) => (r.translation ? [r.translation.groupId] : [])));
    return rows.map((r) => {
      const group = r.translation ? alternates.get(r.translation.groupId) : undefined;
      return {
        path: inEdition(language, `/news/${r.slug}`),
        lastmod: latest(r.publishedAt, r.contentUpdatedAt).toISOString(),
        // Only a story with a public translation has alternates; x-default is the English one.
        ...(group && group.length > 1 ? { alternates: group } : {}),
      };
    });
  });
}

/** The public members of translation groups as hreflang alternates, by group. */
async function translationAlternates(groupIds: number[]) {
  const out = new Map<number, { hreflang: string; path: string }[]>();
  if (groupIds.length === 0) return out;
  const links = await db.translationLink.findMany({
    where: { groupId: { in: [...new Set(groupIds)] }, article: publicWhere() },
    orderBy: { language: "asc" },
    select: { groupId: true, language: true, article: { select: { slug: true } } },
  });
  for (const l of links) {
    const list = out.get(l.groupId) ?? [];
    const path = inEdition(l.language, `/news/${l.article.slug}`);
    list.push({ hreflang: l.language, path });
    if (l.language === "en") list.push({ hreflang: "x-default", path });
    out.set(l.groupId, list);
  }
  return out;
}

export type TaxonomyKind = "categories" | "topics" | "authors";

/**
 * Section, topic or author pages of an edition; lastmod is their own edit or their
 * newest story in that edition. The Urdu edition lists the sections and topics
 * that have an Urdu name (CategoryLocale/TopicLocale), under /ur and their Urdu slug.
 */
export async function getSitemapTaxonomy(kind: TaxonomyKind, language: Language = "en"): Promise<SitemapEntry[]> {
  return cachedRead(["sitemap-taxonomy", kind, language], [tags.articles, tags.taxonomy], async () => {
    const now = new Date();
    const linkWhere = { ...publicLinkWhere(now), language };
    const localeSlug = (locales: { slug: string }[], slug: string) => (language === "en" ? slug : locales[0]?.slug);
    if (kind === "categories") {
      const [rows, newest] = await Promise.all([
        db.category.findMany({
          where: language === "en" ? {} : { locales: { some: { language } } },
          orderBy: { id: "asc" },
          select: { id: true, slug: true, updatedAt: true, locales: { where: { language }, select: { slug: true } } },
        }),
        db.article.groupBy({ by: ["categoryId"], where: { ...publicWhere(now), language }, _max: { publishedAt: true } }),
      ]);
      const byId = new Map(newest.map((n) => [n.categoryId, n._max.publishedAt]));
      return rows.map((r) => ({
        path: inEdition(language, `/category/${localeSlug(r.locales, r.slug)}`),
        lastmod: latest(r.updatedAt, byId.get(r.id)).toISOString(),
      }));
    }
    if (kind === "topics") {
      const [rows, newest] = await Promise.all([
        db.topic.findMany({
          where: language === "en" ? {} : { locales: { some: { language } } },
          orderBy: { id: "asc" },
          select: { id: true, slug: true, updatedAt: true, locales: { where: { language }, select: { slug: true } } },
        }),
        db.articleTopic.groupBy({ by: ["topicId"], where: linkWhere, _max: { publishedAt: true } }),
      ]);
      const byId = new Map(newest.map((n) => [n.topicId, n._max.publishedAt]));
      // A topic with no published story (in this edition) is an empty page: not worth a crawl.
      return rows
        .filter((r) => byId.has(r.id))
        .map((r) => ({ path: inEdition(language, `/topic/${localeSlug(r.locales, r.slug)}`), lastmod: latest(r.updatedAt, byId.get(r.id)).toISOString() }));
    }
    const [rows, newest] = await Promise.all([
      db.author.findMany({ orderBy: { id: "asc" }, select: { id: true, slug: true, updatedAt: true } }),
      db.articleAuthor.groupBy({ by: ["authorId"], where: linkWhere, _max: { publishedAt: true } }),
    ]);
    const byId = new Map(newest.map((n) => [n.authorId, n._max.publishedAt]));
    return rows
      .filter((r) => byId.has(r.id))
      .map((r) => ({ path: inEdition(language, `/author/${r.slug}`), lastmod: latest(r.updatedAt, byId.get(r.id)).toISOString() }));
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
      // Each story at its edition's address, with its own language.
      path: inEdition(r.language, `/news/${r.slug}`),
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

