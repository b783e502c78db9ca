// Security headers for every response, as next.config.js headers() rules
// (applied by Next on Node and on Vercel alike, cached pages included):
//  - everywhere: nosniff, a referrer policy that sends only the origin to
//    other sites, and no camera, microphone, location, payment or USB;
//  - the newsroom and the API can never be framed (frame-ancestors 'none',
//    X-Frame-Options for older browsers): no clickjacking of the login or of
//    an editor's buttons; reader pages only by this site;
//  - HSTS when the site is served over https (SITE_URL at build time): a year,
//    subdomains included. Over http browsers ignore it, so it is left out.
//  - Content-Security-Policy, in three forms:
//    * reader pages the Node server sends without Next's runtime
//      (runtime-free-pages.cjs): only the page's own inline scripts may run,
//      each allowed by its SHA-256 (readerPagePolicy, set by the server hooks
//      per page: the theme script, the islands script, React's few);
//    * every other reader response (plain `next start`, Vercel, 404 pages
//      that keep the runtime): no script rule, because Next inlines its React
//      tree in scripts that differ per page and would need a nonce, which
//      would make every cached page dynamic; the rest still applies
//      (no plugins, no <base>, forms only to this site, framing by this site);
//    * the newsroom (proxy.ts, per request): Next's scripts by a fresh nonce
//      plus the theme script by its hash, 'strict-dynamic' for the chunks they
//      load, inline styles allowed (the TipTap editor sets style attributes).
"use strict";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createHash } = require("node:crypto");

const HSTS_SECONDS = 365 * 24 * 3600;

// What every policy shares. Embeds in story bodies are the two players the
// sanitizer lets through (app/_lib/content/extensions.ts).
const COMMON = [
  "default-src 'self'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' https:",
  "frame-src https://www.youtube-nocookie.com https://platform.twitter.com",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];
const READER_STRICT = [...COMMON, "style-src 'self' 'unsafe-inline'", "frame-ancestors 'self'"].join("; ");
// Pages that keep Next's runtime: no default-src, which would also refuse
// Next's inline scripts.
const READER_BASE = ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'self'"].join("; ");

/** "'sha256-…'" for a script's exact text, as a browser hashes an inline script. */
function scriptHash(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** The policy of a runtime-free reader page: its inline scripts, by hash, and nothing else. */
function readerPagePolicy(inlineScripts) {
  const hashes = [...new Set(inlineScripts.map(scriptHash))];
  return `${READER_STRICT}; script-src ${hashes.join(" ") || "'none'"}`;
}

/** The newsroom's policy for one response. */
function newsroomPolicy(nonce, inlineScripts = []) {
  const hashes = inlineScripts.map(scriptHash).join(" ");
  return [...COMMON, `script-src 'nonce-${nonce}' ${hashes} 'strict-dynamic'`, "style-src 'self' 'unsafe-inline'", "frame-ancestors 'none'"].join("; ");
}

/** @param {{ siteUrl?: string }} options */
function securityHeaderRules({ siteUrl = "" } = {}) {
  const everywhere = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    ...(siteUrl.startsWith("https://") ? [{ key: "Strict-Transport-Security", value: `max-age=${HSTS_SECONDS}; includeSubDomains` }] : []),
  ];
  const neverFramed = [
    { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
    { key: "X-Frame-Options", value: "DENY" },
  ];
  // Reader pages: everything outside the newsroom and the API. The server
  // hooks replace this policy with readerPagePolicy on runtime-free pages.
  const readerFraming = [
    { key: "X-Frame-Options", value: "SAMEORIGIN" },
    { key: "Content-Security-Policy", value: READER_BASE },
  ];
  return [
    { source: "/:path*", headers: everywhere },
    // The newsroom's pages get their full policy from proxy.ts.
    { source: "/api/:path*", headers: neverFramed },
    ...["/admin", "/admin/:path*"].map((source) => ({ source, headers: [neverFramed[1]] })),
    { source: "/((?!admin|api).*)", headers: readerFraming },
  ];
}

module.exports = { securityHeaderRules, readerPagePolicy, newsroomPolicy, scriptHash };
