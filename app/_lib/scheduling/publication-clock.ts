// The publication clock: when the next scheduled story goes live. Every cached
// read asks it (queries/cached.ts): the answer is part of the read's cache key
// and bounds its age, so a scheduled story appears at its time with no job
// running. When the remembered moment has passed, a story went live with no
// write: the clock tells webhook subscribers (webhooks/go-live.ts, after the
// response, claimed once across instances) and reads the next moment.
import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { db } from "../db";
import { tags } from "../cache-tags";
import { announceGoLivesSoon } from "../webhooks/go-live";

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

// Asked once per request (React cache(): one render of layout, page and
// metadata), not once per read: a page makes about ten reads.
const cachedNextScheduledAt = cache(
  unstable_cache(queryNextScheduledAt, ["next-scheduled-at"], {
    tags: [tags.articles],
    revalidate: MAX_AGE_SECONDS,
  }),
);

// The next scheduled time this process re-read after the cached one passed:
// reused while it is still ahead, so after a go-live cached reads cost no
// query until the cache entry is refreshed (a write, or the hourly revalidate).
let replaced: { stale: string; fresh: string | null } | null = null;

export async function nextScheduledAt(now: number): Promise<string | null> {
  const cached = await cachedNextScheduledAt();
  // The common case: nothing went live since the answer was cached; no query.
  if (!cached || new Date(cached).getTime() > now) return cached;
  if (replaced?.stale === cached && (!replaced.fresh || new Date(replaced.fresh).getTime() > now)) return replaced.fresh;
  // The remembered moment has passed: a story went live with no write. Tell
  // webhook subscribers (after the response, claimed once across instances)
  // and ask the database for the next moment.
  const announcing = announceGoLivesSoon();
  const fresh = await queryNextScheduledAt();
  // Remembered only once the check is on its way; until then reads keep asking.
  if (announcing) replaced = { stale: cached, fresh };
  return fresh;
}

export function maxAgeUntil(next: string | null, now: number): number {
  if (!next) return MAX_AGE_SECONDS;
  const seconds = Math.ceil((new Date(next).getTime() - now) / 1000);
  return Math.min(MAX_AGE_SECONDS, Math.max(1, seconds));
}

/** Seconds a listing may be cached: until the next scheduled publication, at most an hour. */
export async function listingMaxAge(): Promise<number> {
  const now = Date.now();
  return maxAgeUntil(await nextScheduledAt(now), now);
}
