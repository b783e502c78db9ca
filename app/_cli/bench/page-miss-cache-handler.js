// Cache handler for the benchmark's "first hit" server (BENCH_CACHE=pages-off,
// see next.config.js): no page or route response is ever found or stored, so
// every request renders, while the data cache works as in production, in
// memory only (Next's LRU). Asked on distinct URLs, each request costs what a
// reader's first visit to a page costs: the page's own reads miss (its story,
// its listing page), the reads every page shares (menu, settings, ticker, the
// next scheduled publication) are found, as they are after the first visitor.
/* eslint-disable @typescript-eslint/no-require-imports */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

module.exports = class PageMissCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super({ ...ctx, flushToDisk: false });
  }
  async get(key, ctx) {
    return ctx && ctx.kind === "FETCH" ? super.get(key, ctx) : null;
  }
  async set(key, data, ctx) {
    if (data && data.kind === "FETCH") await super.set(key, data, ctx);
  }
};
