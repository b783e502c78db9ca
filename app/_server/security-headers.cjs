// Security headers for every response, as next.config.js headers() rules
// (applied by Next on Node and on Vercel alike, cached pages included):
//  - everywhere: nosniff, a referrer policy that sends only the origin to
//    other sites, and no camera, microphone, location, payment or USB;
//  - the newsroom and the API can never be framed (frame-ancestors 'none',
//    X-Frame-Options for older browsers): no clickjacking of the login or of
//    an editor's buttons; reader pages only by this site;
//  - HSTS when the site is served over https (SITE_URL at build time): a year,
//    subdomains included. Over http browsers ignore it, so it is left out.
// Not yet here (issue 24): a script Content-Security-Policy for reader pages
// (hash of the islands script) and for the newsroom.
"use strict";

const HSTS_SECONDS = 365 * 24 * 3600;

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
  // Reader pages: everything outside the newsroom and the API.
  const readerFraming = [{ key: "X-Frame-Options", value: "SAMEORIGIN" }];
  return [
    { source: "/:path*", headers: everywhere },
    ...["/admin", "/admin/:path*", "/api/:path*"].map((source) => ({ source, headers: neverFramed })),
    { source: "/((?!admin|api).*)", headers: readerFraming },
  ];
}

module.exports = { securityHeaderRules };
