// Public article reads. Every function returns shaped data and is cached with tags.
import "server-only";
import { db } from "../db";
import { tags } from "../cache-tags";
import { cachedRead } from "./cached";
import { cardSelect, fullSelect, publicWhere, toCard, toFull, type ArticleCard, type ArticleFull } from "./shapes";

export const PAGE_SIZE = 20;

/** A published article by slug, or null when it does not exist or readers may not see it. */
export async function getPublicArticle(slug: string): Promise<ArticleFull | null> {
  return cachedRead(["article", slug], [tags.articles, `article-slug:${slug}`], async () => {
    const row = await db.article.findFirst({ where: { slug, ...publicWhere() }, select: fullSelect });
    return row ? toFull(row) : null;
  });
}

/** The latest published stories across the site. */
export async function getLatestArticles(limit = 12): Promise<ArticleCard[]> {
  return cachedRead(["latest", limit], [tags.articles], async () => {
    const rows = await db.article.findMany({
      where: publicWhere(),
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: limit,
      select: cardSelect,
    });
    return rows.map(toCard);
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
      db.article.findMany({
        where: publicWhere(now),
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: 17,
        select: cardSelect,
      }),
      db.category.findMany({
        where: { inMenu: true },
        orderBy: [{ menuOrder: "asc" }, { name: "asc" }],
        select: { id: true, slug: true, name: true },
      }),
    ]);
    const cards = recent.map(toCard);
    const sections = await Promise.all(
      categories.map(async (category) => ({
        category,
        articles: (
          await db.article.findMany({
            where: { categoryId: category.id, ...publicWhere(now) },
            orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
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
      db.article.findMany({
        where,
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        skip: (page - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
        select: cardSelect,
      }),
    ]);
    const listing: Listing = {
      articles: rows.map(toCard),
      page,
      total,
      totalPages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    };
    return { category, listing };
  });
}
