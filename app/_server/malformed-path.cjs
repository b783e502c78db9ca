// A path whose percent escapes are not valid UTF-8 (/news/%ff, /%c0%ae) made
// Next answer 500 while decoding its dynamic segments (vercel/next.js#92527).
// The server hooks answer it 400 with the app's JSON error shape before Next
// sees it. Kept when upstream fixes it: it costs one decode per request.
"use strict";

/**
 * Whether every percent escape in the path (query string excluded) decodes as
 * UTF-8 to something other than NUL (%00: Postgres refuses it in a query, so a
 * slug lookup such as /feeds/category/%00/rss.xml answered 500 there).
 */
function isDecodablePath(url) {
  const path = String(url || "/").split("?")[0];
  if (!path.includes("%")) return true;
  try {
    return !decodeURIComponent(path).includes("\u0000");
  } catch {
    return false;
  }
}

/** Ends the response with 400 and { error: { code, message, fields } }. */
function answerMalformedPath(res) {
  const body = JSON.stringify({
    error: { code: "malformed_path", message: "The address holds a percent escape that is not valid UTF-8, or a NUL character.", fields: {} },
  });
  res.writeHead(400, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(body);
}

module.exports = { answerMalformedPath, isDecodablePath };
