// Cache entries whose addresses come from reader input (unknown addresses,
// searches): what they are, and the bound on what Next remembers about them.
//
// Next keeps each cached page's lifetime (its cache-control) in a process-wide
// Map, SharedCacheControls.cacheControls, one entry per address ever cached and
// never removed, whichever cache handler is in use. After 3,682 unique junk URLs
// and as many unique searches (a 3-minute soak) it held 1.9 MB (~270 bytes an
// address), so a crawler would grow it until the heap bound stops the server.
// rememberLifetime() keeps the lifetimes of the newest MAX_READER_INPUT_LIFETIMES
// reader-input entries and drops older ones; should such a page still be cached
// and asked for again, Next falls back to its route's own revalidate time (and a
// publish still expires it by tag). Relies on that static Map in
// next/dist/server/lib/incremental-cache/shared-cache-controls.external; without
// it nothing is dropped, as before. Next also puts a lifetime back into that map
// when a handler's get returns an entry carrying one (a junk address asked for
// again, from memory or from Redis for up to its hour), so the handlers report
// their hits too (rememberLifetimeOnHit) and such a key is counted again.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports */

const SEARCH_TAG = "search"; // tags.search in app/_lib/cache-tags.ts
const MAX_READER_INPUT_LIFETIMES = 5000;

const lifetimes = (() => {
  try {
    const map = require("next/dist/server/lib/incremental-cache/shared-cache-controls.external").SharedCacheControls
      .cacheControls;
    return map instanceof Map ? map : null;
  } catch {
    return null;
  }
})();
const readerInputKeys = new Set(); // insertion order = oldest first

/** Tags of a cache entry: a data entry's from the call, a page's from its headers. */
function entryTags(data, ctx) {
  if (data.kind === "FETCH") return ctx?.tags ?? [];
  const header = data.headers?.["x-next-cache-tags"];
  return typeof header === "string" ? header.split(",") : [];
}

/** A 404 page, a feed or sitemap answering 4xx, or a search result (page or data). */
function fromReaderInput(key, data, ctx) {
  if (!data) return false;
  if (data.kind === "APP_PAGE" && data.status === 404) return true;
  if (data.kind === "APP_ROUTE" && data.status >= 400) return true;
  if (data.kind === "APP_PAGE" && typeof key === "string" && key.startsWith("/search/")) return true;
  return entryTags(data, ctx).includes(SEARCH_TAG);
}

/**
 * Called on every set: keeps Next's lifetime map bounded for reader-input
 * entries. Data entries (FETCH) have no lifetime there and are not counted.
 */
function rememberLifetime(key, readerInput, data) {
  if (!lifetimes) return;
  readerInputKeys.delete(key);
  if (!readerInput || data?.kind === "FETCH") return; // a real page (perhaps at a junk address of before) keeps its lifetime
  readerInputKeys.add(key);
  for (const old of readerInputKeys) {
    if (readerInputKeys.size <= MAX_READER_INPUT_LIFETIMES) break;
    readerInputKeys.delete(old);
    lifetimes.delete(old);
  }
}

/**
 * Called on every hit a handler returns: Next then stores the entry's lifetime
 * in its map again, so a reader-input entry is counted again (as the newest).
 */
function rememberLifetimeOnHit(key, entry, ctx) {
  if (!lifetimes || !entry?.cacheControl || !fromReaderInput(key, entry.value, ctx)) return;
  rememberLifetime(key, true, entry.value);
}

module.exports = {
  SEARCH_TAG,
  MAX_READER_INPUT_LIFETIMES,
  entryTags,
  fromReaderInput,
  rememberLifetime,
  rememberLifetimeOnHit,
  lifetimes,
};
