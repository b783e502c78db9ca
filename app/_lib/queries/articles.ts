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

