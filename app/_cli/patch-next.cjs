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
//    see app/_cli/runtime-free-pages.cjs). So the change collects segment
//    data only when the build prerenders a page, as before; were a <Link> to
//    point at a reader page, Next's router would prefetch it whole instead.
//
// Why a script and not patch-package: the code lives in minified bundles whose
// lines are 57 KB long, so a line-based patch file is ~470 KB that nobody can
// read. This names the exact text it replaces, refuses to touch anything else,
// and fails the install with a clear message if an upgraded Next no longer has
// that text (then check whether the upgrade still needs it).
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
const CACHED_ROUTE_END = `            // Patched by the portal (app/_cli/patch-next.cjs): the cached body is
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
    [`    const nextReq = ${build};\n`, "    // Patched by the portal (app/_cli/patch-next.cjs): built when the handler runs, not for a cache hit.\n    let nextReq = null;\n"],
    [USE_REQUEST, LAZY_REQUEST_AT_USE.replace("NEXT_REQUEST", build)],
  ];
}
const LAZY_ESM = lazyRequest("NextRequestAdapter", "signalFromNodeResponse");
const LAZY_CJS = lazyRequest("_nextrequest.NextRequestAdapter", "(0, _nextrequest.signalFromNodeResponse)");

// [file under node_modules/next/dist, text in 16.4.6, replacement]
const CHANGES = [
  [
    "compiled/next-server/app-page-turbo.runtime.prod.js",
    "let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152",
    "let i=r.fetchCache?JSON.stringify(t).length:0;if(r.fetchCache&&i>2097152",
  ],
  [
    "compiled/next-server/app-page-turbo.runtime.prod.js",
    "i.segmentData=await r.collectSegmentData(",
    "i.segmentData=!n.isBuildTimePrerendering?void 0:await r.collectSegmentData(",
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
  // The route handler template, bundled into each route by the build
  // (Turbopack takes the esm copy, webpack the other).
  ["esm/build/templates/app-route.js", sendCachedRoute("sendResponse"), CACHED_ROUTE_END],
  ["build/templates/app-route.js", sendCachedRoute("(0, _sendresponse.sendResponse)"), CACHED_ROUTE_END],
  ...LAZY_ESM.map(([from, to]) => ["esm/build/templates/app-route.js", from, to]),
  ...LAZY_CJS.map(([from, to]) => ["build/templates/app-route.js", from, to]),
];

/** Applies CHANGES under `nextDir`; returns what it did per file. Throws if a file has neither text. */
function patchNext(nextDir, changes = CHANGES) {
  const done = [];
  for (const [file, from, to] of changes) {
    const full = path.join(nextDir, "dist", file);
    const source = fs.readFileSync(full, "utf8");
    if (source.includes(to)) {
      done.push(`${file}: already patched`);
      continue;
    }
    const at = source.indexOf(from);
    if (at === -1 || source.indexOf(from, at + 1) !== -1) {
      throw new Error(
        `${file}: expected exactly one "${from}"; this Next.js is not the one app/_cli/patch-next.cjs was written for (${NEXT_VERSION}).`,
      );
    }
    // A new file renamed over the old one: a hard-linked copy elsewhere stays as it was.
    const tmp = `${full}.portal-patch`;
    fs.writeFileSync(tmp, source.slice(0, at) + to + source.slice(at + from.length));
    fs.renameSync(tmp, full);
    done.push(`${file}: patched`);
  }
  return done;
}

module.exports = { patchNext, CHANGES, NEXT_VERSION };

if (require.main === module) {
  const nextDir = path.dirname(require.resolve("next/package.json"));
  const { version } = require("next/package.json");
  if (version !== NEXT_VERSION) {
    console.error(`patch-next: next is ${version}, the patch is for ${NEXT_VERSION}: see app/_cli/patch-next.cjs.`);
    process.exit(1);
  }
  try {
    for (const line of patchNext(nextDir)) console.log(`patch-next: ${line}`);
  } catch (error) {
    console.error(`patch-next: ${error.message}`);
    process.exit(1);
  }
}
