// Applies the portal's four changes to the installed Next.js (run by `postinstall`).
//
// 1. Next's IncrementalCache#set measures every entry it stores with
//    `JSON.stringify(entry).length`, but only uses the number for the data
//    cache's 2 MB limit. For a rendered page the entry holds the page's RSC
//    payload as a Buffer, which JSON.stringify turns into an array of numbers,
//    one per byte: about 5 ms of CPU for a 60 KB article, on every page render
//    (a reader's first visit, every revalidation), and twice that for a 124 KB
//    feed. The change measures only data-cache entries, the ones the limit
//    applies to.
// 2. A cached route handler response (feeds, sitemaps) is sent by wrapping the
//    cached body in a web Response and piping it through web streams to the
//    Node response: undici copies the body, and with the stream machinery that
//    was about a third of the hit (CPU per cached /feed.xml ~2.1 -> ~1.4 ms).
//    The change writes the cached body with res.end(), as Next sends a cached
//    page, with the same status and the same header rules as sendResponse
//    (the headers a body must not carry dropped, a header already set on the
//    response kept unless it may repeat).
// 3. The same template builds a web NextRequest (URL parsing, headers copied,
//    an AbortController tied to the response) for every request, before it
//    knows whether the cache answers; only the handler uses it. The change
//    builds it when the handler runs (a miss or a revalidation; the response is
//    still open then, so its abort signal is the same): ~10% of the CPU of a
//    cached /feed.xml (1.12 -> 1.00 ms per request in alternating runs).
// 4. After rendering a page for the cache, Next decodes the page's whole RSC
//    payload again and encodes it once per segment, the per-segment prefetch
//    data its client router asks for when a <Link> to that page is on screen.
//    It does this before the response goes out: ~8-9 ms of a reader's first
//    view of a story (~40 ms) on the bench machine. Pages rendered at runtime
//    (a first visit, a revalidation) are the reader pages: the newsroom's are
//    rendered per request and never stored, and nothing links to a reader page
//    with <Link> (reader pages link with plain <a> and carry no client router,
//    see app/_server/runtime-free-pages.cjs). So the change collects segment
//    data only when the build prerenders a page, as before; were a <Link> to
//    point at a reader page, Next's router would prefetch it whole instead.
//
// Upstream reports (for whoever drops a patch once Next fixes it):
//  - Patch 1. Next 16.4.6, packages/next/src/server/lib/incremental-cache/index.ts,
//    IncrementalCache#set: `const itemSize = JSON.stringify(data).length` runs for
//    every entry kind, but `itemSize` is only read under `ctx.fetchCache` (the
//    2 MB data-cache limit, "items over 2MB can not be cached"). For APP_PAGE and
//    APP_ROUTE entries the JSON of a Buffer is an array of byte numbers: ~5 ms of
//    CPU per 60 KB article render, ~10 ms per 124 KB feed, measured with the
//    bench's first-hit rows (BENCHMARKS.md). Fix upstream: compute the size only
//    when ctx.fetchCache. Drop patch 1 when dist/server/lib/incremental-cache/index.js
//    no longer stringifies non-fetch entries.
//  - Patch 4. Next 16.4.6, packages/next/src/server/app-render/app-render.tsx,
//    prerenderToStream -> collectSegmentData(fullPageDataBuffer, ...): runs for
//    every render stored in the cache, including runtime ISR renders (a first
//    visit, a revalidation), before the response is sent; it decodes the whole
//    RSC payload and re-encodes it per segment. 8.1-9.0 ms per story measured
//    inside the server over 300 distinct stories; A/B with the first-hit probe
//    (200 stories, three alternations): p50 55 -> 49, 64 -> 57, 76 -> 52 ms.
//    Fix upstream: collect segment data lazily (on the first segment prefetch)
//    or off the response's critical path. Drop patch 4 when that lands.
//
// Why a script and not patch-package: the code lives in minified bundles whose
// lines are 57 KB long, so a line-based patch file is ~470 KB that nobody can
// read. This names the exact text it replaces, refuses to touch anything else,
// and skips a patch, with a warning, if an upgraded Next no longer has that
// text (then check whether the upgrade still needs it): install never fails.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("node:fs");
const path = require("node:path");

const NEXT_VERSION = "16.4.6";

function sendCachedRoute(sendResponse) {
  return `            await ${sendResponse}(nodeNextReq, nodeNextRes, // @ts-expect-error - Argument of type 'Buffer<ArrayBufferLike>' is not assignable to parameter of type 'BodyInit | null | undefined'.
            new Response(cacheEntry.value.body, {
                headers,
                status: cacheEntry.value.status || 200
            }));
`;
}
const CACHED_ROUTE_END = `            // Patched by the portal (app/_server/patch-next.cjs): the cached body is
            // written whole, as a cached page is, with sendResponse's header rules.
            res.statusCode = cacheEntry.value.status || 200;
            headers.forEach((value, name)=>{
                if (name === 'x-middleware-set-cookie' || name === 'content-length' || name === 'content-encoding' || name === 'transfer-encoding') return;
                if (name === 'set-cookie' || name === 'www-authenticate' || name === 'proxy-authenticate' || name === 'vary' || typeof res.getHeader(name) === 'undefined') {
                    res.appendHeader(name, value);
                }
            });
            res.end(cacheEntry.value.body);
`;

const LAZY_REQUEST_AT_USE = `            nextReq ??= NEXT_REQUEST;
            const response = cacheKey === null ? await routeModule.handle(nextReq, context) : await routeModule.prerender(nextReq, context);`;
const USE_REQUEST = "            const response = cacheKey === null ? await routeModule.handle(nextReq, context) : await routeModule.prerender(nextReq, context);";
function lazyRequest(adapter, signal) {
  const build = `${adapter}.fromNodeNextRequest(nodeNextReq, ${signal}(res))`;
  return [
    [`    const nextReq = ${build};\n`, "    // Patched by the portal (app/_server/patch-next.cjs): built when the handler runs, not for a cache hit.\n    let nextReq = null;\n"],
    [USE_REQUEST, LAZY_REQUEST_AT_USE.replace("NEXT_REQUEST", build)],
  ];
}
const LAZY_ESM = lazyRequest("NextRequestAdapter", "signalFromNodeResponse");
const LAZY_CJS = lazyRequest("_nextrequest.NextRequestAdapter", "(0, _nextrequest.signalFromNodeResponse)");

// The four patches, numbered as above: [file under node_modules/next/dist, text in 16.4.6, replacement].
const PATCHES = {
  1: [
    [
      "compiled/next-server/app-page-turbo.runtime.prod.js",
      "let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152",
      "let i=r.fetchCache?JSON.stringify(t).length:0;if(r.fetchCache&&i>2097152",
    ],
    [
      "compiled/next-server/app-route-turbo.runtime.prod.js",
      "let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152",
      "let i=r.fetchCache?JSON.stringify(t).length:0;if(r.fetchCache&&i>2097152",
    ],
    [
      "server/lib/incremental-cache/index.js",
      "const itemSize = JSON.stringify(data).length;",
      "const itemSize = ctx.fetchCache ? JSON.stringify(data).length : 0;",
    ],
  ],
  // The route handler template, bundled into each route by the build
  // (Turbopack takes the esm copy, webpack the other).
  2: [
    ["esm/build/templates/app-route.js", sendCachedRoute("sendResponse"), CACHED_ROUTE_END],
    ["build/templates/app-route.js", sendCachedRoute("(0, _sendresponse.sendResponse)"), CACHED_ROUTE_END],
  ],
  3: [...LAZY_ESM.map(([from, to]) => ["esm/build/templates/app-route.js", from, to]), ...LAZY_CJS.map(([from, to]) => ["build/templates/app-route.js", from, to])],
  4: [
    [
      "compiled/next-server/app-page-turbo.runtime.prod.js",
      "i.segmentData=await r.collectSegmentData(",
      "i.segmentData=!n.isBuildTimePrerendering?void 0:await r.collectSegmentData(",
    ],
  ],
};
/** Every change of every patch, flat: [file, from, to]. */
const CHANGES = Object.values(PATCHES).flat();

/**
 * Applies each patch under `nextDir` whole or not at all; returns one line per
 * patch. A patch whose text this Next does not have (another version, or a
 * changed file) is skipped and said so: Next then runs as it ships, correct
 * and only slower (the server hooks handle an unpatched Next, see
 * response-compression.cjs), so an upgrade never breaks `npm install`.
 */
function patchNext(nextDir, version, patches = PATCHES) {
  const lines = [];
  for (const [n, changes] of Object.entries(patches)) {
    if (version !== NEXT_VERSION) {
      lines.push(`patch ${n} skipped: Next ${version} not recognised (written for ${NEXT_VERSION}); Next runs unpatched, correct but slower.`);
      continue;
    }
    // Check every change of the patch first: half a patch is never written.
    const sources = new Map();
    const read = (file) => {
      if (!sources.has(file)) {
        const full = path.join(nextDir, "dist", file);
        sources.set(file, fs.existsSync(full) ? fs.readFileSync(full, "utf8") : null);
      }
      return sources.get(file);
    };
    const missing = changes.find(([file, from, to]) => {
      const source = read(file);
      if (source === null) return true;
      if (source.includes(to)) return false;
      const at = source.indexOf(from);
      return at === -1 || source.indexOf(from, at + 1) !== -1;
    });
    if (missing) {
      lines.push(`patch ${n} skipped: ${missing[0]} does not hold the text it changes once; Next runs unpatched, correct but slower.`);
      continue;
    }
    if (changes.every(([file, , to]) => read(file).includes(to))) {
      lines.push(`patch ${n}: already applied`);
      continue;
    }
    for (const [file, from, to] of changes) {
      const source = read(file);
      if (!source.includes(to)) sources.set(file, source.replace(from, () => to));
    }
    for (const file of new Set(changes.map(([file]) => file))) {
      // A new file renamed over the old one: a hard-linked copy elsewhere stays as it was.
      const full = path.join(nextDir, "dist", file);
      fs.writeFileSync(`${full}.portal-patch`, sources.get(file));
      fs.renameSync(`${full}.portal-patch`, full);
    }
    lines.push(`patch ${n}: applied`);
  }
  return lines;
}

module.exports = { patchNext, PATCHES, CHANGES, NEXT_VERSION };

if (require.main === module) {
  // Never fails the install: a patch that cannot be applied is skipped with a warning.
  try {
    const nextDir = path.dirname(require.resolve("next/package.json"));
    const { version } = require("next/package.json");
    for (const line of patchNext(nextDir, version)) (line.includes("skipped") ? console.warn : console.log)(`patch-next: ${line}`);
  } catch (error) {
    console.warn(`patch-next: not applied (${error.message}); Next runs unpatched, correct but slower.`);
  }
}
