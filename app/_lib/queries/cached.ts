// The one wrapper every public read goes through: a Next data-cache entry with
// tags from cache-tags.ts. Pages that use these reads inherit the tags and the
// shortest revalidate, so a publish (revalidateTag) or the next scheduled
// publication time expires exactly the pages that show the change.
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

async function nextScheduledAt(now: number): Promise<string | null> {
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

function maxAgeUntil(next: string | null, now: number): number {
  if (!next) return MAX_AGE_SECONDS;
  const seconds = Math.ceil((new Date(next).getTime() - now) / 1000);
  return Math.min(MAX_AGE_SECONDS, Math.max(1, seconds));
}

/** Seconds a listing may be cached: until the next scheduled publication, at most an hour. */
export async function listingMaxAge(): Promise<number> {
  const now = Date.now();
  return maxAgeUntil(await nextScheduledAt(now), now);
}

// The reads of the request being rendered, by key. Layout, page and
// generateMetadata ask for the same data (the article, the listing, the
// settings, the menu); each asks once per request. The data cache already
// answers those repeats on a hit, but on a miss (first view, or after a
// publish expired the entry) every repeat would run its queries again.
// Outside a React render (route handlers) cache() does not memoize, so each
// call gets a fresh map and reads behave as before.
const requestReads = cache(() => new Map<string, Promise<unknown>>());

/**
 * Runs `read` through the data cache. `key` must identify the arguments;
 * `tagList` names what the result shows. Results are JSON-serialized, so
 * shapes use ISO strings for dates. Repeats within one request share the first
 * call's result.
 */
export function cachedRead<T>(key: (string | number)[], tagList: string[], read: () => Promise<T>): Promise<T> {
  const reads = requestReads();
  const id = JSON.stringify(key);
  let pending = reads.get(id) as Promise<T> | undefined;
  if (!pending) {
    pending = readThroughCache(key, tagList, read);
    reads.set(id, pending);
  }
  return pending;
}

async function readThroughCache<T>(key: (string | number)[], tagList: string[], read: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const next = await nextScheduledAt(now);
  // The next go-live time is part of the key. Next judges an entry's age by the
  // revalidate of the read that finds it, and that grows once a story has gone
  // live (then the following one counts): without this, an entry read just
  // before a go-live would pass for fresh for up to an hour after it.
  return unstable_cache(read, [...key.map(String), `until:${next ?? "none"}`], { tags: tagList, revalidate: maxAgeUntil(next, now) })();
}
