// Cache handler of a single server (no REDIS_URL; see next.config.js): Next's
// own file-system cache, except that "not found" pages stay in memory only.
//
// Next caches an ISR page's 404 like any page, on disk: about 100 KB in four
// files per address. Every unknown address a crawler, a typo or a scan asks
// for (/news/<anything>, /topic/<slug>/page/<n>) would stay there for good, so
// the disk would grow with the requests, not with the newsroom. In memory they
// live in Next's LRU (cacheMaxMemorySize), which bounds them, and a 404 asked
// for again is still served from cache. A publish that fills the address
// expires it by tag as before.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

module.exports = class PortalFileCache extends FileSystemCache {
  set(key, data, ctx) {
    const notFoundPage = data && data.kind === "APP_PAGE" && data.status === 404;
    if (!notFoundPage || !this.flushToDisk) return super.set(key, data, ctx);
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
