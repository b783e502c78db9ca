// Cache handler for the benchmark's "uncached" server (BENCH_CACHE=off, see
// next.config.js): stores nothing and finds nothing, so every request renders
// the page and runs its queries, i.e. the cost of a cache miss.
module.exports = class NoCacheHandler {
  async get() {
    return null;
  }
  async set() {}
  async revalidateTag() {}
  resetRequestCache() {}
};
