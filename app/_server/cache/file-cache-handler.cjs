// Cache handler of a single server (no REDIS_URL; see next.config.js): Next's
// own file-system cache, except that entries whose addresses come from reader
// input stay in memory only:
//  - "not found" pages. Next caches an ISR page's 404 like any page, on disk:
//    about 100 KB in four files per address. Every unknown address a crawler,
//    a typo or a scan asks for (/news/<anything>, /topic/<slug>/page/<n>)
//    would stay there for good;
//    The same for feeds and sitemaps that answer 404 (/feeds/topic/<anything>/rss.xml);
//  - search results (tag "search", app/_lib/cache-tags.ts): one page and one
//    data entry per query typed; and every page under /search/ whatever its
//    tags (a query with no searchable word once rendered without the tag and
//    went to disk, ~86 KB per junk query).
// Otherwise the disk would grow with the requests, not with the newsroom. In
// memory they live in Next's LRU (cacheMaxMemorySize), which bounds them, and
// one asked for again is still served from cache. A publish expires them by
// tag as before.
//
// Entries written at run time (data entries in .next/cache/fetch-cache, pages
// in .next/server/route-cache) go to a subfolder named by the database they
// were read from (cache-namespace.cjs): a second server on another database in
// the same folder neither serves nor overwrites them. Relies on Next's
// FileSystemCache#getFilePath(key, kind) and its "route-cache" key prefix;
// without them (a Next that renamed either) entries are not namespaced and
// work as before.
//
// The lifetimes Next remembers for the memory-only entries are bounded in
// reader-input-entries.cjs.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;
const { cacheNamespace } = require("./cache-namespace.cjs");
const { fromReaderInput, rememberLifetime, rememberLifetimeOnHit } = require("./reader-input-entries.cjs");

const ROUTE_CACHE = "/route-cache/"; // ROUTE_CACHE_DIRECTORY in next/dist/server/lib/route-cache-key
const FETCH_KIND = "FETCH"; // IncrementalCacheKind.FETCH

module.exports = class PortalFileCache extends FileSystemCache {
  constructor(ctx) {
    super(ctx);
    this.namespace = cacheNamespace();
  }

  getFilePath(key, kind) {
    if (kind === FETCH_KIND) return super.getFilePath(`${this.namespace}/${key}`, kind);
    if (key.startsWith(ROUTE_CACHE)) return super.getFilePath(`${ROUTE_CACHE}${this.namespace}/${key.slice(ROUTE_CACHE.length)}`, kind);
    return super.getFilePath(key, kind);
  }

  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    rememberLifetimeOnHit(key, entry, ctx);
    return entry;
  }

  set(key, data, ctx) {
    const memoryOnly = fromReaderInput(key, data, ctx);
    rememberLifetime(key, memoryOnly, data);
    if (!memoryOnly || !this.flushToDisk) return super.set(key, data, ctx);
    // FileSystemCache#set stores the entry in memory, then returns before its
    // first await when flushToDisk is off: turning it off for that synchronous
    // part keeps this entry off the disk and nothing else.
    this.flushToDisk = false;
    try {
      return super.set(key, data, ctx);
    } finally {
      this.flushToDisk = true;
    }
  }
};
