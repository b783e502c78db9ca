// The one wrapper every public read goes through: a Next data-cache entry with
// tags from cache-tags.ts. Pages that use these reads inherit the tags and the
// shortest revalidate, so a publish (revalidateTag) or the next scheduled
// publication time expires exactly the pages that show the change.
import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "../db";
import { tags } from "../cache-tags";

const MAX_AGE_SECONDS = 3600;

// When the next scheduled article goes live. Cached like every other read; the
// answer only changes when an article is written (tag "articles").
async function queryNextScheduledAt(): Promise<string | null> {
  const next = await db.article.findFirst({
    where: { status: "scheduled", publishedAt: { gt: new Date() } },
    orderBy: { publishedAt: "asc" },
    select: { publishedAt: true },
  });
  return next?.publishedAt?.toISOString() ?? null;
}

const cachedNextScheduledAt = unstable_cache(queryNextScheduledAt, ["next-scheduled-at"], {
  tags: [tags.articles],
  revalidate: MAX_AGE_SECONDS,
});

/** Seconds a listing may be cached: until the next scheduled publication, at most an hour. */
export async function listingMaxAge(): Promise<number> {
  let next = await cachedNextScheduledAt();
  // The remembered moment has passed (that article is live now): ask again.
  if (next && new Date(next).getTime() <= Date.now()) next = await queryNextScheduledAt();
  if (!next) return MAX_AGE_SECONDS;
  const seconds = Math.ceil((new Date(next).getTime() - Date.now()) / 1000);
  return Math.min(MAX_AGE_SECONDS, Math.max(1, seconds));
}

/**
 * Runs `read` through the data cache. `key` must identify the arguments;
 * `tagList` names what the result shows. Results are JSON-serialized, so
 * shapes use ISO strings for dates.
 */
export async function cachedRead<T>(key: (string | number)[], tagList: string[], read: () => Promise<T>): Promise<T> {
  const revalidate = await listingMaxAge();
  return unstable_cache(read, key.map(String), { tags: tagList, revalidate })();
}
