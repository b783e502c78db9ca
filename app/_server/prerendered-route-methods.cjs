// The feeds and sitemaps are route handlers that Next renders ahead of time
// and revalidates. Exporting any method besides GET would make them dynamic
// (Next then fails them with a 500), and Next answers other methods on them
// either with a bare 405 (no body, no Allow) or, when the response is in its
// cache, with the cached 200 whatever the method. So the server hooks answer
// those methods here, before Next: OPTIONS with 204 and Allow, the rest with
// 405, Allow and the usual JSON error shape, as every other route handler
// does itself (app/_lib/http/other-methods.ts). Without the hooks (Vercel)
// Next's own behaviour applies.
"use strict";

// Where the addresses land after the early rewrites (/feed.xml, /sitemap.xml, ...), and the Urdu edition's /ur/feeds/.
const PRERENDERED = /^\/(feeds|sitemaps|ur\/feeds)\//;
const ALLOW = "GET, HEAD, OPTIONS";

/** Answers the request if it asks a prerendered route for a method it does not serve; true if answered. */
function answerPrerenderedMethod(req, res, method, path) {
  if (method === "GET" || method === "HEAD" || !PRERENDERED.test(path)) return false;
  if (method === "OPTIONS") {
    res.writeHead(204, { Allow: ALLOW, "X-Content-Type-Options": "nosniff" });
    res.end();
    return true;
  }
  const body = JSON.stringify({
    error: { code: "method_not_allowed", message: `${method} is not supported here. This address answers ${ALLOW}.`, fields: {} },
  });
  res.writeHead(405, {
    Allow: ALLOW,
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(body);
  return true;
}

module.exports = { answerPrerenderedMethod };
