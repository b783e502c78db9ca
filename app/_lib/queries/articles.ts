// Public article reads. Every function returns shaped data and is cached with tags.
import "server-only";
import { db } from "../db";
import { tags } from "../cache-tags";
import { PUBLIC_STATUSES } from "../domain";
import { cachedRead } from "./cached";
import { authorProfileSelect, cardSelect, fullSelect, mediaUrl, pictureFirst, publicLinkWhere, publicWhere, toCard, toFull, type ArticleCard, type ArticleFull, type ImageVariant } from "./shapes";

export const PAGE_SIZE = 12;

/** Breaking stories stay in the header ticker this long after publication. */
export const BREAKING_WINDOW_HOURS = 6;

const newestFirst = [{ publishedAt: "desc" as const }, { id: "desc" as const }];

/** A published article by slug, or null when it does not exist or readers may not see it. */
export async function getPublicArticle(slug: string): Promise<ArticleFull | null> {
  return cachedRead(["article", slug], [tags.articles, tags.articleSlug(slug)], async () => {
    const row = await db.article.findFirst({ where: { slug, ...publicWhere() }, select: fullSelect });
    return row ? toFull(row) : null;
  });
}

/** The latest published stories across the site. */
export async function getLatestArticles(limit = 12): Promise<ArticleCard[]> {
  return cachedRead(["latest", limit], [tags.articles], async () => {
    const rows = await db.article.findMany({ where: publicWhere(), orderBy: newestFirst, take: limit, select: cardSelect });
    return rows.map(toCard);
  });
}

/** Breaking stories from the last few hours, newest first (the header ticker). */
export async function getBreakingNews(windowHours = BREAKING_WINDOW_HOURS): Promise<ArticleCard[]> {
  return cachedRead(["breaking", windowHours], [tags.articles], async () => {
    const now = new Date();
    const since = new Date(now.getTime() - windowHours * 3_600_000);
    const rows = await db.article.findMany({
      where: { isBreaking: true, status: { in: PUBLIC_STATUSES }, publishedAt: { lte: now, gte: since } },
      orderBy: newestFirst,
      take: 5,
      select: cardSelect,
    });
    return rows.map(toCard);
  });
}

/** A few of a category's latest stories, without the one being read. */
export async function getMoreFromCategory(categoryId: number, excludeId: number, limit = 4): Promise<ArticleCard[]> {
  return cachedRead(["more-from-category", categoryId, excludeId, limit], [tags.articles, tags.category(categoryId)], async () => {
    const rows = await db.article.findMany({
      where: { categoryId, id: { not: excludeId }, ...publicWhere() },
      orderBy: newestFirst,
      take: limit,
      select: cardSelect,
    });
    return rows.map(toCard);
  });
}

/**
 * Stories related to an article: those sharing the most topics first (among
 * each topic's recent stories, read from the ArticleTopic index so the cost
 * does not grow with the archive), then the latest of the same category.
 */
export async function getRelatedArticles(
  article: { id: number; categoryId: number; topicIds: number[] },
  limit = 4,
): Promise<ArticleCard[]> {
  return cachedRead(["related", article.id, limit], [tags.articles, tags.article(article.id)], async () => {
    const now = new Date();
    const candidates = await Promise.all(
      article.topicIds.map((topicId) =>
        db.articleTopic.findMany({
          where: { topicId, ...publicLinkWhere(now), articleId: { not: article.id } },
          orderBy: [{ publishedAt: "desc" }, { articleId: "desc" }],
          take: 40,
          select: { articleId: true, publishedAt: true },
        }),
      ),
    );
    const score = new Map<number, { shared: number; at: number }>();
    for (const row of candidates.flat()) {
      const s = score.get(row.articleId) ?? { shared: 0, at: row.publishedAt?.getTime() ?? 0 };
      s.shared += 1;
      score.set(row.articleId, s);
    }
    const ranked = [...score.entries()]
      .sort((a, b) => b[1].shared - a[1].shared || b[1].at - a[1].at || b[0] - a[0])
      .slice(0, limit)
      .map(([id]) => id);
    const byTopic = ranked.length
      ? await db.article.findMany({ where: { id: { in: ranked }, ...publicWhere(now) }, select: cardSelect })
      : [];
    const ordered = ranked.flatMap((id) => byTopic.filter((r) => r.id === id));
    if (ordered.length < limit) {
      const fill = await db.article.findMany({
        where: { categoryId: article.categoryId, id: { notIn: [article.id, ...ordered.map((r) => r.id)] }, ...publicWhere(now) },
        orderBy: newestFirst,
        take: limit - ordered.length,
        select: cardSelect,
      });
      ordered.push(...fill);
    }
    return ordered.map(toCard);
  });
}

export type FrontPage = {
  lead: ArticleCard | null;
  top: ArticleCard[];
  latest: ArticleCard[];
  sections: { category: { id: number; slug: string; name: string }; articles: ArticleCard[] }[];
};

export async function getFrontPage(): Promise<FrontPage> {
  return cachedRead(["front-page"], [tags.articles, tags.taxonomy], async () => {
    const now = new Date();
    const [recent, categories] = await Promise.all([
      db.article.findMany({ where: publicWhere(now), orderBy: newestFirst, take: 17, select: cardSelect }),
      db.category.findMany({
        where: { inMenu: true },
        orderBy: [{ menuOrder: "asc" }, { name: "asc" }],
        select: { id: true, slug: true, name: true },
      }),
    ]);
    // The lead is the newest story with a picture among the freshest five.
    const cards = pictureFirst(recent.map(toCard), 5);
    const sections = await Promise.all(
      categories.map(async (category) => ({
        category,
        articles: (
          await db.article.findMany({
            where: { categoryId: category.id, ...publicWhere(now) },
            orderBy: newestFirst,
            take: 4,
            select: cardSelect,
          })
        ).map(toCard),
      })),
    );
    return {
      lead: cards[0] ?? null,
      top: cards.slice(1, 5),
      latest: cards.slice(5, 17),
      sections: sections.filter((s) => s.articles.length > 0),
    };
  });
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
      db.article.findMany({ where, orderBy: newestFirst, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: cardSelect }),
    ]);
    return { category, listing: listing(rows.map(toCard), page, total) };
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
        select: { article: { select: cardSelect } },
      }),
    ]);
    return { topic, listing: listing(rows.map((r) => toCard(r.article)), page, total) };
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
        select: { article: { select: cardSelect } },
      }),
    ]);
    return { author, listing: listing(rows.map((r) => toCard(r.article)), page, total) };
  });
}

export type AuthorProfile = NonNullable<Awaited<ReturnType<typeof getAuthorListing>>>["author"];
