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
// app/_components/reader-islands.tsx). Everything else, including 404 pages
// (Next draws those in the browser), keeps the runtime. Without the hooks
// (`next dev`, Vercel) pages keep it too and the reader script runs after
// hydration instead; nothing else differs.
"use strict";

const MARKER = '<script id="reader-islands">';
const NOT_READER = /^\/(admin|api|preview|_next)(\/|$)/;

// What Next adds for the browser: its chunk scripts (and the nomodule
// polyfills), their preloads, the bootstrap, and the inlined React tree
// (self.__next_f pushes). React's own inline scripts (Suspense completion),
// the theme script, JSON-LD and the reader script stay.
const RUNTIME = [
  /<script\b[^>]*\bsrc="\/_next\/static\/[^"]*"[^>]*><\/script>/g,
  /<link\b[^>]*\bas="script"[^>]*\bhref="\/_next\/static\/[^"]*"[^>]*\/?>/g,
  /<script id="_R_">[\s\S]*?<\/script>/g,
  /<script>\(?self\.__next_f\b[\s\S]*?<\/script>/g,
];

/** Whether this response is a page that may go out without the runtime (decided before its body is seen). */
function runtimeFreeCandidate(req, res) {
  const path = (req.url || "/").split("?")[0];
  return /^text\/html\b/.test(String(res.getHeader("content-type") || "")) && !NOT_READER.test(path);
}

/** The page without Next's client runtime if it is a reader page, else the body as it was. */
function withoutClientRuntime(body) {
  const html = typeof body === "string" ? body : body.toString("utf8");
  if (!html.includes(MARKER)) return body;
  return RUNTIME.reduce((h, re) => h.replace(re, ""), html);
}

module.exports = { runtimeFreeCandidate, withoutClientRuntime };
