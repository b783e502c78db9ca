// "Most Read": the public stories with the most views over the last days,
// summed from ArticleViewDaily. Views arrive all the time, so this read is not
// invalidated per view; it is cached under its own tag for a few minutes.
import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "../db";
import { tags } from "../cache-tags";
import { listingMaxAge } from "../scheduling/publication-clock";
import { cardSelect, publicWhere, toCard, type ArticleCard } from "./shapes";

export const MOST_READ_DAYS = 2;
const MOST_READ_MAX_AGE = 300;

/** "YYYY-MM-DD" (UTC) of a moment; the key of ArticleViewDaily. */
export const viewDay = (at: Date) => at.toISOString().slice(0, 10);

async function queryMostRead(limit: number, language: string): Promise<ArticleCard[]> {
  const now = new Date();
  const since = viewDay(new Date(now.getTime() - (MOST_READ_DAYS - 1) * 86_400_000));
  const counts = await db.articleViewDaily.groupBy({
    by: ["articleId"],
    where: { day: { gte: since } },
    _sum: { count: true },
    orderBy: [{ _sum: { count: "desc" } }, { articleId: "desc" }],
    // Some of the most viewed may have been unpublished since: ask for spares.
    take: limit * 6,
  });
  if (counts.length === 0) return [];
  const rows = await db.article.findMany({
    where: { id: { in: counts.map((c) => c.articleId) }, language, ...publicWhere(now) },
    select: cardSelect,
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return counts
    .map((c) => byId.get(c.articleId))
    .filter((r): r is NonNullable<typeof r> => Boolean(r))
    .slice(0, limit)
    .map(toCard);
}

/** The edition's most read stories (each edition lists only its own language). */
export async function getMostRead(limit = 5, language = "en"): Promise<ArticleCard[]> {
  const revalidate = Math.min(MOST_READ_MAX_AGE, await listingMaxAge());
  return unstable_cache(() => queryMostRead(limit, language), ["most-read", String(limit), language], {
    tags: [tags.mostRead, tags.articles],
    revalidate,
  })();
}
