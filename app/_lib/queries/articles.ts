// Public article reads. Every function returns shaped data and is cached with tags.
import "server-only";
import { db } from "../db";
import { tags } from "../cache-tags";
import { PUBLIC_STATUSES } from "../domain";
import { cachedRead } from "./cached";
import { Prisma } from "@/app/_generated/prisma/client";
import {
  authorProfileSelect,
  headlineSelect,
  mediaUrl,
  pictureFirst,
  publicLinkWhere,
  publicWhere,
  toFull,
  toHeadline,
  type ArticleCard,
  type ArticleFull,
  type ArticleHeadline,
  type ImageVariant,
} from "./shapes";
import { rawTime, rawTimeMs } from "./raw-time";
import { cardsById, isPublic, selectPublicStory } from "./article-sql";

export const PAGE_SIZE = 12;

/** Breaking stories stay in the header ticker this long after publication. */
export const BREAKING_WINDOW_HOURS = 6;

const newestFirst = [{ publishedAt: "desc" as const }, { id: "desc" as const }];

/** A published article by slug, or null when it does not exist or readers may not see it. */
export async function getPublicArticle(slug: string): Promise<ArticleFull | null> {
  return cachedRead(["article", slug], [tags.articles, tags.articleSlug(slug)], async () => {
    const row = await selectPublicStory(slug);
    return row ? toFull(row) : null;
  });
}

/** The latest published stories across the site, as headlines (Recent Stories, the reader 404). */
export async function getLatestArticles(limit = 12): Promise<ArticleHeadline[]> {
  return cachedRead(["latest", limit], [tags.articles], async () => {
    const rows = await db.article.findMany({ where: publicWhere(), orderBy: newestFirst, take: limit, select: headlineSelect });
    return rows.map(toHeadline);
  });
}

/** Breaking stories from the last few hours, newest first (the header ticker). */
export async function getBreakingNews(windowHours = BREAKING_WINDOW_HOURS): Promise<ArticleHeadline[]> {
  return cachedRead(["breaking", windowHours], [tags.articles], async () => {
    const now = new Date();
    const since = new Date(now.getTime() - windowHours * 3_600_000);
    const rows = await db.article.findMany({
      where: { isBreaking: true, status: { in: PUBLIC_STATUSES }, publishedAt: { lte: now, gte: since } },
      orderBy: newestFirst,
      take: 5,
      select: headlineSelect,
    });
    return rows.map(toHeadline);
  });
}

/** How many of each topic's latest stories are candidates for "Related Stories". */
const RELATED_PER_TOPIC = 40;

export type StoryRails = {
  /** The section's latest stories, without the one being read. */
  more: ArticleCard[];
  /**
   * Those sharing the most topics first (among each topic's recent stories,
   * read from the ArticleTopic index so the cost does not grow with the
   * archive), then the latest of the same section.
   */
  related: ArticleCard[];
};

/**
 * The rails under a story: "More Stories From <section>" and "Related Stories",
 * in one read because the second falls back on the first's stories. A cache
 * miss costs two queries whatever the number of topics: one statement for the
 * candidates of both rails (story ids), one read for their cards.
 */
export async function getStoryRails(article: { id: number; categoryId: number; topicIds: number[] }, limit = 4): Promise<StoryRails> {
  return cachedRead(
    ["story-rails", article.id, limit],
    [tags.articles, tags.article(article.id), tags.category(article.categoryId)],
    async () => {
      const now = new Date();
      // Twice the rail: the related fallback skips at most limit - 1 stories already chosen by topic.
      const candidates = await railCandidates(article, 2 * limit, now);
      const sectionIds = candidates.filter((c) => c.part === null).map((c) => c.articleId);
      const score = new Map<number, { shared: number; at: number }>();
      for (const row of candidates) {
        if (row.part === null) continue;
        const s = score.get(row.articleId) ?? { shared: 0, at: row.at };
        s.shared += 1;
        score.set(row.articleId, s);
      }
      const ranked = [...score.entries()]
        .sort((a, b) => b[1].shared - a[1].shared || b[1].at - a[1].at || b[0] - a[0])
        .slice(0, limit)
        .map(([id]) => id);
      // The link table's copy of status and publishedAt chose them; the article's own row has the last word.
      const ids = [...new Set([...sectionIds, ...ranked])];
      const byId = await cardsById(ids, { publicAt: now });
      const section = sectionIds.flatMap((id) => byId.get(id) ?? []);
      const byTopic = ranked.flatMap((id) => byId.get(id) ?? []);
      const chosen = new Set(byTopic.map((r) => r.id));
      const fill = section.filter((r) => !chosen.has(r.id)).slice(0, limit - byTopic.length);
      return { more: section.slice(0, limit), related: [...byTopic, ...fill] };
    },
  );
}

/**
 * The candidates of a story's rails in one statement (newestByPart): the
 * section's latest `sectionLimit` public stories (part null) and each topic's
 * latest RELATED_PER_TOPIC (part = the topic's id), all without the story
 * itself. One findMany per part would cost a query compilation each (about
 * 1 ms of CPU with Prisma 6's query compiler, the largest cost of a story's
 * first view), and a nested `take` under topic.findMany loads every link of
 * each topic and cuts them in memory (250 ms at 100,000 articles).
 */
function railCandidates(article: { id: number; categoryId: number; topicIds: number[] }, sectionLimit: number, now: Date) {
  const at = rawTime(now);
  const statuses = Prisma.join(PUBLIC_STATUSES);
  const section = Prisma.sql`SELECT "id" AS "articleId", CAST(NULL AS INTEGER) AS "part", "publishedAt" FROM "Article"
      WHERE "categoryId" = ${article.categoryId} AND "status" IN (${statuses}) AND "publishedAt" <= ${at} AND "id" <> ${article.id}
      ORDER BY "publishedAt" DESC, "id" DESC
      LIMIT ${sectionLimit}`;
  const perTopic = article.topicIds.map(
    (topicId) => Prisma.sql`SELECT "articleId", "topicId" AS "part", "publishedAt" FROM "ArticleTopic"
      WHERE "topicId" = ${topicId} AND "status" IN (${statuses}) AND "publishedAt" <= ${at} AND "articleId" <> ${article.id}
      ORDER BY "publishedAt" DESC, "articleId" DESC
      LIMIT ${RELATED_PER_TOPIC}`,
  );
  return newestByPart([section, ...perTopic]);
}

/**
 * Stories picked by several parts, each a query of
 * `"articleId", "part", "publishedAt"` with its own ORDER BY and LIMIT, in one
 * statement: a UNION ALL of one index range scan per part. Raw SQL because
 * Prisma's query API has no per-group limit. The SQL is plain enough for
 * SQLite and Postgres alike (test:pg runs the same tests). Newest first.
 */
async function newestByPart(parts: Prisma.Sql[]): Promise<{ articleId: number; part: number | null; at: number }[]> {
  const union = Prisma.join(
    parts.map((part) => Prisma.sql`SELECT * FROM (${part}) AS "part"`),
    " UNION ALL ",
  );
  const rows = await db.$queryRaw<{ articleId: number | bigint; part: number | bigint | null; publishedAt: Date | string | null }[]>`${union}`;
  return rows
    .map((r) => ({ articleId: Number(r.articleId), part: r.part === null ? null : Number(r.part), at: rawTimeMs(r.publishedAt) }))
    .sort((a, b) => b.at - a.at || b.articleId - a.articleId);
}

export type FrontPage = {
  lead: ArticleCard | null;
  top: ArticleCard[];
  latest: ArticleCard[];
  sections: { category: { id: number; slug: string; name: string }; articles: ArticleCard[] }[];
};

const FRONT_LATEST = 17; // lead, four top stories, twelve latest
const FRONT_PER_SECTION = 4;

export async function getFrontPage(): Promise<FrontPage> {
  return cachedRead(["front-page"], [tags.articles, tags.taxonomy], async () => {
    const now = new Date();
    const categories = await db.category.findMany({
      where: { inMenu: true },
      orderBy: [{ menuOrder: "asc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true },
    });
    const picks = await frontCandidates(categories.map((c) => c.id), now);
    const byId = await cardsById([...new Set(picks.map((p) => p.articleId))]);
    const newestOf = (categoryId: number | null) => picks.filter((p) => p.part === categoryId).flatMap((p) => byId.get(p.articleId) ?? []);
    // The lead is the newest story with a picture among the freshest five.
    const cards = pictureFirst(newestOf(null), 5);
    return {
      lead: cards[0] ?? null,
      top: cards.slice(1, 5),
      latest: cards.slice(5, FRONT_LATEST),
      sections: categories.map((category) => ({ category, articles: newestOf(category.id) })).filter((s) => s.articles.length > 0),
    };
  });
}

/**
 * The front page's stories as ids in one statement (newestByPart): the latest
 * public stories of the site (part null) and each section's latest (part =
 * the section's id); 0.2 ms at 100,000 articles, their cards one more
 * statement. It was one findMany with the card select for the latest and one
 * per section, each a query compilation and three statements in Prisma 6: the
 * front page's read took 35 ms (49 ms of CPU) with 9 sections at 100,000
 * articles, now 12-13 ms (22 ms), the same result.
 */
function frontCandidates(categoryIds: number[], now: Date) {
  const latest = Prisma.sql`SELECT a."id" AS "articleId", CAST(NULL AS INTEGER) AS "part", a."publishedAt" FROM "Article" a
      WHERE ${isPublic(now)}
      ORDER BY a."publishedAt" DESC, a."id" DESC
      LIMIT ${FRONT_LATEST}`;
  const sections = categoryIds.map(
    (categoryId) => Prisma.sql`SELECT a."id" AS "articleId", a."categoryId" AS "part", a."publishedAt" FROM "Article" a
      WHERE a."categoryId" = ${categoryId} AND ${isPublic(now)}
      ORDER BY a."publishedAt" DESC, a."id" DESC
      LIMIT ${FRONT_PER_SECTION}`,
  );
  return newestByPart([latest, ...sections]);
}

/**
 * The cards of the stories `ids`, in that order. Listings pick a page of ids
 * with Prisma (the order and the offset ride on their indexes), then read the
 * cards in one statement (article-sql.ts): a nested select of the cards costs
 * Prisma three more statements, ~2 ms of CPU per page on the machine of
 * BENCHMARKS.md (4.3-4.6 against 2.2-2.6 ms for a topic page).
 */
async function cardsInOrder(ids: number[]): Promise<ArticleCard[]> {
  const byId = await cardsById(ids);
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type Listing = { articles: ArticleCard[]; page: number; totalPages: number; total: number };

const listing = (articles: ArticleCard[], page: number, total: number): Listing => ({
  articles,
  page,
  total,
  totalPages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
});

/** A category's published articles, newest first; null when the category does not exist. */
export async function getCategoryListing(slug: string, page: number) {
  return cachedRead(["category-listing", slug, page], [tags.articles, tags.taxonomy], async () => {
    const category = await db.category.findUnique({
      where: { slug },
      select: { id: true, slug: true, name: true, description: true },
    });
    if (!category) return null;
    const where = { categoryId: category.id, ...publicWhere() };
    const [total, rows] = await Promise.all([
      db.article.count({ where }),
      db.article.findMany({ where, orderBy: newestFirst, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: { id: true } }),
    ]);
    return { category, listing: listing(await cardsInOrder(rows.map((r) => r.id)), page, total) };
  });
}

// Topic and author listings read the link tables, whose copies of status and
// publishedAt make each page one range scan of the (id, status, publishedAt)
// index instead of a join over Article.

/** A topic's published articles, newest first; null when the topic does not exist. */
export async function getTopicListing(slug: string, page: number) {
  return cachedRead(["topic-listing", slug, page], [tags.articles, tags.taxonomy], async () => {
    const topic = await db.topic.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
    if (!topic) return null;
    const where = { topicId: topic.id, ...publicLinkWhere() };
    const [total, rows] = await Promise.all([
      db.articleTopic.count({ where }),
      db.articleTopic.findMany({
        where,
        orderBy: [{ publishedAt: "desc" }, { articleId: "desc" }],
        skip: (page - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
        select: { articleId: true },
      }),
    ]);
    return { topic, listing: listing(await cardsInOrder(rows.map((r) => r.articleId)), page, total) };
  });
}

/** An author's published articles, newest first, with the profile; null when the author does not exist. */
export async function getAuthorListing(slug: string, page: number) {
  return cachedRead(["author-listing", slug, page], [tags.articles, tags.taxonomy], async () => {
    const row = await db.author.findUnique({
      where: { slug },
      select: {
        ...authorProfileSelect,
        avatar: { select: { file: true, width: true, height: true, alt: true, variants: true } },
      },
    });
    if (!row) return null;
    const { avatar, ...profile } = row;
    const author = {
      ...profile,
      avatar: avatar
        ? {
            src: mediaUrl(avatar.file),
            width: avatar.width,
            height: avatar.height,
            alt: avatar.alt || `Portrait of ${row.name}`,
            caption: "",
            credit: "",
            variants: JSON.parse(avatar.variants) as ImageVariant[],
          }
        : null,
    };
    const where = { authorId: row.id, ...publicLinkWhere() };
    const [total, rows] = await Promise.all([
      db.articleAuthor.count({ where }),
      db.articleAuthor.findMany({
        where,
        orderBy: [{ publishedAt: "desc" }, { articleId: "desc" }],
        skip: (page - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
        select: { articleId: true },
      }),
    ]);
    return { author, listing: listing(await cardsInOrder(rows.map((r) => r.articleId)), page, total) };
  });
}

export type AuthorProfile = NonNullable<Awaited<ReturnType<typeof getAuthorListing>>>["author"];
