// Reader pages go out without Next's client runtime.
//
// A reader page is server-rendered HTML with a handful of small behaviours
// (app/_lib/reader-islands.ts: relative times, the breaking ticker, the phone
// menu, the dark-mode switch, the view count), which that page's own inline
// script performs. The ~140 KB (gzipped) of framework JavaScript Next adds to
// every page, and the copy of the page's React tree it inlines for hydration
// (about 60% of an article's HTML), do nothing for a reader there: links are
// plain <a> (full loads of cached pages), there are no client components to
// hydrate. On a phone that JavaScript is most of the time before the page
// responds (Lighthouse: Total Blocking Time ~400-500 ms under its 4x CPU
// slowdown, LCP held back until the scripts ran; without them 100/100, see
// BENCHMARKS.md).
//
// Next has no switch for this in the App Router, so the server hooks take the
// runtime out of the finished HTML (response-compression.cjs calls this before
// it compresses, once per cached page). Only what is marked: a 200 HTML page,
// not the newsroom or the API, that carries the reader script (its id below,
// app/_components/reader-islands.tsx). Everything else keeps the runtime,
// including 404 pages (their content is in the HTML all the same, see
// app/_components/reader-not-found.tsx; React swaps in the boundary after hydration). Without the hooks
// (`next dev`, Vercel) pages keep it too and the reader script runs after
// hydration instead; nothing else differs.
//
// What is left to run on such a page is known exactly, so it also gets a
// Content-Security-Policy that allows those inline scripts by their hashes
// and nothing else (security-headers.cjs): an injected script cannot run.
"use strict";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readerPagePolicy } = require("./security-headers.cjs");

const MARKER = '<script id="reader-islands">';
const NOT_READER = /^\/(admin|api|preview|_next)(\/|$)/;

// What Next adds for the browser: its chunk scripts (and the nomodule
// polyfills), their preloads, the bootstrap, and the inlined React tree
// (self.__next_f pushes). React's own inline scripts (Suspense completion),
// the theme script, JSON-LD and the reader script stay. Found by walking the
// page's <script and <link tags (a few dozen) rather than by regular
// expressions over the whole page: a cached page is changed once, but a
// page rendered for each request (a search the cache does not take, see
// next.config.js) every time (~0.2 ms instead of ~2.5 ms for a front page).
const NEXT_INLINE = ['<script id="_R_">', "<script>self.__next_f", "<script>(self.__next_f"];
const NEXT_FILE = /\b(src|href)="\/_next\/static\//;

function runtimeRanges(html) {
  const ranges = [];
  for (let i = html.indexOf("<script"); i !== -1; i = html.indexOf("<script", i + 1)) {
    const close = html.indexOf("</script>", i);
    if (close === -1) break;
    const openTag = html.slice(i, html.indexOf(">", i) + 1);
    if (NEXT_INLINE.some((p) => html.startsWith(p, i)) || NEXT_FILE.test(openTag)) ranges.push([i, close + "</script>".length]);
    i = close; // a script's text holds no tags
  }
  for (let i = html.indexOf("<link"); i !== -1; i = html.indexOf("<link", i + 1)) {
    const tag = html.slice(i, html.indexOf(">", i) + 1);
    if (/\bas="script"/.test(tag) && NEXT_FILE.test(tag)) ranges.push([i, i + tag.length]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Whether this response is a page that may go out without the runtime (decided before its body is seen). */
function runtimeFreeCandidate(req, res) {
  const path = (req.url || "/").split("?")[0];
  return /^text\/html\b/.test(String(res.getHeader("content-type") || "")) && !NOT_READER.test(path);
}

// The texts of the scripts a browser would run inline (not JSON-LD or other data blocks).
function inlineScripts(html) {
  const texts = [];
  for (let i = html.indexOf("<script"); i !== -1; i = html.indexOf("<script", i + 1)) {
    const tagEnd = html.indexOf(">", i);
    const close = html.indexOf("</script>", tagEnd);
    if (tagEnd === -1 || close === -1) break;
    const openTag = html.slice(i, tagEnd + 1);
    const type = /\btype="([^"]*)"/.exec(openTag)?.[1];
    if (!/\bsrc=/.test(openTag) && (!type || /^(text\/javascript|module)$/i.test(type))) texts.push(html.slice(tagEnd + 1, close));
    i = close;
  }
  return texts;
}

/**
 * { page, policy }: a reader page without Next's client runtime and the
 * Content-Security-Policy for what is left; for anything else the body as it
 * was and no policy.
 */
function withoutClientRuntime(body) {
  const html = typeof body === "string" ? body : body.toString("utf8");
  if (!html.includes(MARKER)) return { page: body, policy: null };
  const kept = [];
  let from = 0;
  for (const [start, end] of runtimeRanges(html)) {
    if (start < from) continue; // inside a removed script
    kept.push(html.slice(from, start));
    from = end;
  }
  kept.push(html.slice(from));
  const page = kept.join("");
  return { page, policy: readerPagePolicy(inlineScripts(page)) };
}

module.exports = { runtimeFreeCandidate, withoutClientRuntime };
