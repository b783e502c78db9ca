// The one wrapper every public read goes through: a Next data-cache entry with
// tags from cache-tags.ts, keyed and aged by the publication clock
// (scheduling/publication-clock.ts). Pages that use these reads inherit the tags and the
// shortest revalidate, so a publish (revalidateTag) or the next scheduled
// publication time expires exactly the pages that show the change.
import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { maxAgeUntil, nextScheduledAt } from "../scheduling/publication-clock";

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
