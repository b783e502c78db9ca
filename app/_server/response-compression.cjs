// Response compression for the portal's Node server, loaded by the server hooks
// (server-hooks.cjs) on every request; next.config.js turns Next's own
// compression off so nothing is compressed twice.
//
// Why not Next's: it gzips every response again, and a cached page is the same
// bytes for every reader until it changes. Profiling cached pages showed that
// per-byte work was most of a cache hit: gzip (~1 ms per 93 KB article) and,
// without it, writing 150 KB to the socket. So:
//  - a response that is already whole (Next sends a cached page, feed or
//    sitemap in one res.end(body), the feed and sitemap since patch-next.cjs;
//    a build file from /_next/static, or a cached route handler of an
//    unpatched Next, in chunks) and that a shared cache may store is compressed
//    once and the compressed bytes kept (the body as it is for a client that
//    takes no compression), keyed by URL, content type and encoding; the next
//    response reuses them only if its body is exactly the body they were made
//    from (same string, or equal bytes), so a page that changed is compressed
//    afresh, never served stale;
//  - a reader page is held until it is whole, even while it renders, and goes
//    out without Next's client runtime (runtime-free-pages.cjs), compressed;
//  - everything else (renders in progress, private pages) goes
//    through the `compression` middleware, the same library Next uses.
// A kept copy also gets an ETag, made once from its bytes (Next's own is off:
// it hashed every page on every request, see next.config.js), and a request
// whose If-None-Match names it gets 304 Not Modified without the body: a feed
// reader or a CDN checking a page that did not change downloads nothing again.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports */
const zlib = require("node:zlib");
const compression = require("compression");
const etag = require("etag");
const fresh = require("fresh");
const Negotiator = require("negotiator");
const { runtimeFreeCandidate, withoutClientRuntime } = require("./runtime-free-pages.cjs");

const THRESHOLD = 1024; // bytes; smaller bodies are sent as they are (as the middleware does)
// The kept copies hold on to the bodies they were made from (for pages usually
// the same string Next's own cache holds) and the compressed bytes: the build's
// scripts and stylesheets plus a few hundred pages.
const MAX_CACHE_BYTES = 16 * 1024 * 1024;
// Same levels as the middleware: gzip's default, brotli quality 4.
const compressors = {
  br: (buf) => zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }),
  gzip: (buf) => zlib.gzipSync(buf),
  identity: (buf) => buf, // a reader page for a client that takes no compression: only the runtime is taken out
};

const middleware = compression({ threshold: THRESHOLD });
const kept = new Map(); // key -> { body, bytes, etag, size }; Map order = least recently used first
let keptBytes = 0;

function sharedCacheable(res) {
  const cc = String(res.getHeader("cache-control") || "");
  return /\b(s-maxage|public)\b/.test(cc) && !/\b(private|no-store|no-transform)\b/.test(cc);
}

function sameBody(a, b) {
  if (a === b) return true; // Next hands over the body it keeps in memory
  if (typeof a === "string" || typeof b === "string") return false;
  return a.length === b.length && a.equals(b);
}

function keep(key, entry) {
  const old = kept.get(key);
  if (old) {
    kept.delete(key);
    keptBytes -= old.size;
  }
  if (entry.size > MAX_CACHE_BYTES / 8) return;
  kept.set(key, entry);
  keptBytes += entry.size;
  for (const [k, e] of kept) {
    if (keptBytes <= MAX_CACHE_BYTES) break;
    kept.delete(k);
    keptBytes -= e.size;
  }
}

// { bytes, policy } to send for this body: without the client runtime if it
// is a reader page (runtime-free-pages.cjs), then with its script policy,
// compressed.
function sendable(body, encoding, strip) {
  const { page, policy } = strip ? withoutClientRuntime(body) : { page: body, policy: null };
  return { bytes: compressors[encoding](typeof page === "string" ? Buffer.from(page) : page), policy };
}

// { bytes, policy, etag } for this body, made once per version of a URL's body.
function compressedOnce(req, res, body, encoding, strip) {
  const key = `${encoding} ${res.getHeader("content-type")} ${req.url}`;
  const hit = kept.get(key);
  if (hit && sameBody(hit.body, body)) {
    kept.delete(key); // move to the most recently used end
    kept.set(key, hit);
    return hit;
  }
  const { bytes, policy } = sendable(body, encoding, strip);
  const size = bytes.length + (typeof body === "string" ? body.length * 2 : body.length);
  // From the bytes sent, so each encoding of a page has its own strong ETag.
  const entry = { body, bytes, policy, etag: etag(bytes), size };
  keep(key, entry);
  return entry;
}

// How to send this response when the app has written all of it, or null to
// leave it to the middleware: { encoding, strip, keep }. Decided when the app
// first writes or ends the response, so its status and headers are set.
function heldPlan(req, res, streamed) {
  if (req.method !== "GET" || res.statusCode !== 200 || res.headersSent || res.getHeader("content-encoding")) return null;
  const keep = sharedCacheable(res);
  // A reader page is always held, even while it renders: its runtime can only
  // be taken out of the whole HTML. Kept once made if a shared cache may store it.
  if (runtimeFreeCandidate(req, res)) {
    return { encoding: (compression.filter(req, res) && negotiated(req)) || "identity", strip: true, keep };
  }
  const encoding = keptEncoding(req, res, streamed);
  return encoding ? { encoding, strip: false, keep: true } : null;
}

function negotiated(req) {
  const encoding = new Negotiator(req).encoding(["br", "gzip", "identity"], ["br", "gzip"]);
  return encoding === "br" || encoding === "gzip" ? encoding : null;
}

// The encoding to keep this response in ("identity": as it is), or null.
function keptEncoding(req, res, streamed) {
  if (!compression.filter(req, res) || !sharedCacheable(res)) return null;
  // A streamed body is only held back when it is already whole: from Next's
  // cache (a cached route handler arrives in chunks when Next is not patched,
  // see patch-next.cjs) or a build file that never changes (/_next/static:
  // JavaScript and CSS every first visit loads). A render in progress keeps streaming.
  const whole = /^(HIT|STALE)$/.test(String(res.getHeader("x-nextjs-cache"))) || /\bimmutable\b/.test(String(res.getHeader("cache-control")));
  if (streamed && !whole) return null;
  // A client that takes no compression (a simple feed poller) gets the body as
  // it is, kept all the same for its ETag.
  return negotiated(req) || "identity";
}

/** Installs compression on one response; call before the app handles the request. */
function compressResponses(req, res) {
  middleware(req, res, () => {});
  const write = res.write;
  const end = res.end;
  let plan; // undefined until the first write or end
  const held = [];
  // Next flushes the headers of a streamed response before its first chunk;
  // a held response sends them with its compressed body instead.
  const flushHeaders = res.flushHeaders;
  res.flushHeaders = function () {
    if (plan === undefined) plan = heldPlan(req, this, true);
    if (!plan) return flushHeaders.call(this);
  };
  res.write = function (chunk, enc, cb) {
    if (plan === undefined) plan = heldPlan(req, this, true);
    if (!plan) return write.call(this, chunk, enc, cb);
    held.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof enc === "string" ? enc : "utf8"));
    const done = [enc, cb].find((a) => typeof a === "function");
    if (done) process.nextTick(done);
    return true;
  };
  res.end = function (chunk, enc, cb) {
    const done = [chunk, enc, cb].find((a) => typeof a === "function");
    if (typeof chunk === "function") chunk = undefined;
    if (plan === undefined) plan = chunk != null ? heldPlan(req, this, false) : null;
    if (!plan) return end.call(this, chunk, enc, cb);
    // One piece: keep the string itself (Next hands over the same cached string each time).
    let body = chunk;
    if (held.length > 0 || body == null) {
      if (body != null) held.push(Buffer.isBuffer(body) ? body : Buffer.from(body, typeof enc === "string" ? enc : "utf8"));
      body = Buffer.concat(held);
    }
    const { encoding, strip, keep } = plan;
    // A string's length never exceeds its UTF-8 byte length: good enough for the threshold.
    if (body.length < THRESHOLD) return end.call(this, body, done);
    const { bytes, policy, etag: tag } = keep ? compressedOnce(req, this, body, encoding, strip) : sendable(body, encoding, strip);
    if (policy) this.setHeader("Content-Security-Policy", policy);
    const vary = this.getHeader("vary");
    this.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    // A response with its own ETag (the public API's) answers conditional requests itself.
    if (tag && !this.hasHeader("etag")) {
      this.setHeader("ETag", tag);
      if (fresh(req.headers, { etag: tag })) {
        // As Express answers one: no body (Node sends none with a 304) and no headers describing it.
        this.statusCode = 304;
        for (const name of ["content-type", "content-length", "transfer-encoding"]) this.removeHeader(name);
        return end.call(this, done);
      }
    }
    if (encoding !== "identity") this.setHeader("Content-Encoding", encoding);
    this.setHeader("Content-Length", bytes.length);
    return end.call(this, bytes, done);
  };
}

module.exports = { compressResponses };
