// Public article reads: one story, the latest, the breaking ticker. Every function
// returns shaped data and is cached with tags. The front page, a story's rails and
// the listings are in front-page.ts, story-rails.ts and listings.ts.
import "server-only";
import { db } from "../db";
import { tags } from "../cache-tags";
import { PUBLIC_STATUSES } from "../domain";
import { cachedRead } from "./cached";
import { headlineSelect, publicWhere, toFull, toHeadline, type ArticleFull, type ArticleHeadline, newestFirst } from "./shapes";
import { selectPublicStory } from "./article-sql";

/** Breaking stories stay in the header ticker this long after publication. */
export const BREAKING_WINDOW_HOURS = 6;


/** A published article by slug, or null when it does not exist or readers may not see it. */
export async function getPublicArticle(slug: string): Promise<ArticleFull | null> {
  return cachedRead(["article", slug], [tags.articles, tags.articleSlug(slug)], async () => {
    const row = await selectPublicStory(slug);
    return row ? toFull(row) : null;
  });
}

/** The edition's latest published stories (its language only), as headlines (Recent Stories, the reader 404). */
export async function getLatestArticles(limit = 12, language = "en"): Promise<ArticleHeadline[]> {
  return cachedRead(["latest", limit, language], [tags.articles], async () => {
    const rows = await db.article.findMany({ where: { ...publicWhere(), language }, orderBy: newestFirst, take: limit, select: headlineSelect });
    return rows.map(toHeadline);
  });
}

/** Breaking stories from the last few hours, newest first (the header ticker). */
export async function getBreakingNews(windowHours = BREAKING_WINDOW_HOURS, language = "en"): Promise<ArticleHeadline[]> {
  return cachedRead(["breaking", windowHours, language], [tags.articles], async () => {
    const now = new Date();
    const since = new Date(now.getTime() - windowHours * 3_600_000);
    const rows = await db.article.findMany({
      where: { isBreaking: true, language, status: { in: PUBLIC_STATUSES }, publishedAt: { lte: now, gte: since } },
      orderBy: newestFirst,
      take: 5,
      select: headlineSelect,
    });
    return rows.map(toHeadline);
  });
}


export type Translation = { language: string; slug: string };

/**
 * The published translations of a story (the other members of its translation
 * group that readers may see), for the language switch and hreflang alternates.
 */
export async function getTranslations(articleId: number): Promise<Translation[]> {
  return cachedRead(["translations", articleId], [tags.articles, tags.article(articleId)], async () => {
    const link = await db.translationLink.findUnique({ where: { articleId }, select: { groupId: true } });
    if (!link) return [];
    const rows = await db.translationLink.findMany({
      where: { groupId: link.groupId, articleId: { not: articleId }, article: publicWhere() },
      orderBy: { language: "asc" },
      select: { article: { select: { slug: true, language: true } } },
    });
    return rows.map((r) => ({ language: r.article.language, slug: r.article.slug }));
  });
}
