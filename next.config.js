// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { securityHeaderRules } = require("./app/_server/security-headers.cjs");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildWireWorker } = require("./app/_lib/wire/off-thread/build-worker.cjs");

// Search results are cached pages like any listing: /search?q=<words>&page=<n>
// is answered by the route /search/<words>/<n> (app/(site)/search/[q]/[page]),
// which Next caches by its path. Next puts the words into that path as they
// are, so only a query that is safe as one path segment is rewritten: 1 to 200
// characters, no / ? # % \ or control characters, not only dots and spaces;
// and a page number from 1 to 100 or none. Anything else (and /search with no
// query) is answered by /search itself, uncached, with the same view.
const SEARCH_SEGMENT_CHAR = "[^/?#%\\\\\\x00-\\x1f\\x7f]";
const SEARCH_QUERY = `(?<q>(?=${SEARCH_SEGMENT_CHAR}{1,200}$)${SEARCH_SEGMENT_CHAR}*[^/?#%\\\\\\x00-\\x1f\\x7f.\\s]${SEARCH_SEGMENT_CHAR}*)`;
const searchRewrites = [
  {
    source: "/search",
    has: [
      { type: /** @type {const} */ ("query"), key: "q", value: SEARCH_QUERY },
      { type: /** @type {const} */ ("query"), key: "page", value: "(?<page>[1-9][0-9]?|100)" },
    ],
    destination: "/search/:q/:page",
  },
  {
    source: "/search",
    has: [{ type: /** @type {const} */ ("query"), key: "q", value: SEARCH_QUERY }],
    missing: [{ type: /** @type {const} */ ("query"), key: "page" }],
    destination: "/search/:q/1",
  },
];
// The Urdu edition's search (/ur/search?q=...) on the same terms (app/(ur)/ur/search/[q]/[page]).
const urduSearchRewrites = searchRewrites.map((r) => ({ ...r, source: "/ur/search", destination: `/ur${r.destination}` }));

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // No ETag from Next: it hashes the whole HTML in JavaScript on every
  // response, cached or not (about 0.5 ms of a cached article's ~3 ms, 0.8 ms
  // on the front page). The server hooks give each cached page, feed and
  // sitemap an ETag made once per version, with 304 answers
  // (app/_server/response-compression.cjs); the public API keeps its own
  // (app/api/v1/_lib/respond.ts).
  generateEtags: false,
  // One root layout per audience and edition (app/(site) English, app/(ur)
  // Urdu, app/(admin)), so each edition's <html lang dir> is server-rendered;
  // the 404 for addresses no route takes then brings its own document.
  experimental: { globalNotFound: true },
  // The wire parser's worker thread is bundled beside the build after each
  // production compile (app/_lib/wire/off-thread/): Next leaves no file a
  // worker could load. Without it the server parses on its own thread.
  compiler: { runAfterProductionCompile: buildWireWorker },
  // Compression is done by the server hooks that every start of this project
  // loads (npm start, the tests, the standalone server; see README): they keep
  // cached pages compressed instead of compressing them again per request
  // (app/_server/response-compression.cjs). Vercel compresses at its edge.
  compress: false,
  // `npm run build:standalone`: a self-contained .next/standalone folder for Node
  // servers (see README, Deployment). Off for `npm run build`, which `npm start`
  // and the tests serve with `next start`.
  output: process.env.NEXT_OUTPUT_STANDALONE === "1" ? "standalone" : undefined,
  // better-sqlite3 and pg are native/driver modules: load them from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "sharp", "pino"],
  // Crawlers never index the newsroom, search results or the API, whatever
  // the pages themselves say (robots.txt also disallows them).
  // Public pages are ISR: Next itself sends "s-maxage=<revalidate>, stale-while-revalidate"
  // on them, fit for a CDN. The newsroom, its API and previews must never be
  // stored by a shared cache (dynamic pages already get no-store from Next; this
  // also covers route handlers and anything rendered statically by mistake).
  async headers() {
    const noindex = [{ key: "X-Robots-Tag", value: "noindex, nofollow" }];
    const privateNoStore = [{ key: "Cache-Control", value: "private, no-store" }];
    return [
      // nosniff, referrer and permissions policies, framing, HSTS (app/_server/security-headers.cjs).
      ...securityHeaderRules({ siteUrl: process.env.SITE_URL }),
      { source: "/admin", headers: noindex },
      { source: "/admin/:path*", headers: noindex },
      { source: "/search", headers: noindex },
      { source: "/search/:path*", headers: noindex },
      { source: "/ur/search", headers: noindex },
      { source: "/ur/search/:path*", headers: noindex },
      { source: "/api/:path*", headers: noindex },
      ...["/admin", "/admin/:path*", "/api/admin/:path*", "/preview/:path*"].map((source) => ({ source, headers: privateNoStore })),
    ];
  },
  // On Node the server hooks apply these beforeFiles rewrites before Next sees
  // the request (app/_server/early-rewrites.cjs), so headers() above meet the
  // route's address: a header for a rewritten address must name its route too
  // (as /search and /search/:path* do); early-rewrites.test.ts checks it.
  async rewrites() {
    return {
      beforeFiles: [
        // The front page is a dynamic segment so it is rendered on first request
        // and cached (ISR), never at build time: builds need no database.
        { source: "/", destination: "/front/en" },
        // The Urdu edition's front page, on the same terms (app/(ur)/ur/front/[edition]).
        { source: "/ur", destination: "/ur/front/ur" },
        // Feeds and sitemaps at the site's root are cached (ISR) on the same
        // terms as pages: dynamic segments, so they too render on first request.
        { source: "/feed.xml", destination: "/feeds/site/all/rss.xml" },
        { source: "/feed.atom", destination: "/feeds/site/all/atom.xml" },
        { source: "/feed.json", destination: "/feeds/site/all/feed.json" },
        // The Urdu edition's feeds (its stories only, <language>ur</language>).
        { source: "/ur/feed.xml", destination: "/feeds/site/ur/rss.xml" },
        { source: "/ur/feed.atom", destination: "/feeds/site/ur/atom.xml" },
        { source: "/ur/feed.json", destination: "/feeds/site/ur/feed.json" },
        { source: "/sitemap.xml", destination: "/sitemaps/index.xml" },
        { source: "/news-sitemap.xml", destination: "/sitemaps/news.xml" },
        ...searchRewrites,
        ...urduSearchRewrites,
      ],
    };
  },
};

// Several instances (REDIS_URL set): one cache in Redis for all of them, so a
// publish through one instance is seen through every instance on the next
// request (app/_server/cache/redis-cache-handler.cjs). No in-process copy, so no
// instance serves what another has invalidated. `next start` reads this file
// when it starts, so REDIS_URL at run time decides; a standalone build keeps
// the config it was built with (set REDIS_URL for `npm run build:standalone`).
if (process.env.VERCEL === "1") {
  // Vercel: its own data cache and CDN hold pages and reads for every
  // function instance and honour revalidateTag; a handler writing to the
  // function's disk would be one cache per instance, lost on every cold start.
} else if (process.env.REDIS_URL) {
  nextConfig.cacheHandler = require.resolve("./app/_server/cache/redis-cache-handler.cjs");
  nextConfig.cacheMaxMemorySize = 0;
} else {
  // One server: Next's file-system cache, but 404 pages are kept in memory
  // only, so unknown addresses do not fill the disk (file-cache-handler.cjs).
  nextConfig.cacheHandler = require.resolve("./app/_server/cache/file-cache-handler.cjs");
  // The in-memory LRU in front of it, where those 404 and search entries live,
  // bounded by Next's estimate: string lengths plus bytes. Every page's HTML
  // holds a character outside Latin-1 (the header's "اردو" link, and any curly
  // quote), so V8 stores it two bytes a character and the heap holds about
  // twice the estimate. Next's default of 50 MB held 67 MB of HTML in the heap
  // plus 25 MB of RSC buffers in the soak on the 100k archive; 24 MB keeps the
  // whole near 45 MB (app/_server/README.md, "Memory"). A page that falls out is read from disk again; a 404 or search
  // result, kept only here, is rendered again.
  nextConfig.cacheMaxMemorySize = 24 * 1024 * 1024;
}

// `npm run bench` measures cache misses on two more servers (app/_cli/bench):
// BENCH_CACHE=pages-off finds no page (a reader's first visit: shared data
// reads are cached), BENCH_CACHE=off stores nothing at all (every read queries).
if (process.env.BENCH_CACHE === "pages-off") {
  nextConfig.cacheHandler = require.resolve("./app/_cli/bench/page-miss-cache-handler.js");
}
if (process.env.BENCH_CACHE === "off") {
  nextConfig.cacheHandler = require.resolve("./app/_cli/bench/no-cache-handler.js");
  nextConfig.cacheMaxMemorySize = 0;
}

module.exports = nextConfig;
