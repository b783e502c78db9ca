// The page a reader gets while the database is out of reach (503).
//
// The server hooks turn the 500 of a page that needed the database into a 503
// with Retry-After (server-hooks.cjs). Next's body for that 500 is an empty
// document (<html id="__next_error__">) that its client runtime fills from the
// RSC payload with app/(site)/error.tsx: curl, text browsers, crawlers and a
// reader whose scripts failed see a blank page. So an HTML page's body is
// replaced here by a complete page of its own: heading, explanation, a search
// box and the way to the front page (cached pages keep working in an outage),
// in plain HTML with its few styles inline (no stylesheet or script to fetch,
// as nothing that needs the app is sure to answer). JSON and other answers
// keep their body.
"use strict";

const NOT_PAGES = /^\/(api|_next)(\/|$)/;

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Whether a path is in the Urdu edition (/ur, /ur/...): its outage page is in Urdu, right to left. */
const isUrduPath = (path) => /^\/ur(\/|$)/.test(path);

// The Urdu outage page: the same page in Urdu (no web font: nothing is fetched
// in an outage; the reader's system Urdu/Arabic font draws it). The Urdu site
// name is a newsroom setting the hooks cannot read, so the masthead keeps SITE_NAME.
function urduOutageHtml(siteName) {
  const name = escape(siteName);
  return `<!DOCTYPE html><html lang="ur" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>عارضی طور پر دستیاب نہیں | ${name}</title><style>
body{margin:0;font:20px/2.2 "Noto Nastaliq Urdu","Jameel Noori Nastaleeq","Urdu Typesetting",system-ui,sans-serif;color:#18181b;background:#fff}
main{max-width:42rem;margin:0 auto;padding:2rem 1rem}
a{color:#9f1239}h1{font-size:2rem;line-height:2.2;margin:1.5rem 0 1rem}
.site{font-weight:700;font-size:1.5rem;text-decoration:none}
form{display:flex;gap:.5rem;margin:1.5rem 0}input{flex:1;min-width:0;font:inherit;padding:.2rem .8rem;border:1px solid #a1a1aa;border-radius:999px}
button{font:inherit;font-weight:600;padding:.2rem 1rem;border:0;border-radius:999px;background:#9f1239;color:#fff}
@media (prefers-color-scheme:dark){body{background:#09090b;color:#f4f4f5}a{color:#fda4af}input{background:#18181b;color:#f4f4f5;border-color:#52525b}}
</style></head><body><main id="main"><p><a class="site" href="/ur" lang="en" dir="ltr">${name}</a></p>
<p style="font-size:.9rem;font-weight:700;color:#9f1239">خرابی 503</p>
<h1>یہ صفحہ عارضی طور پر دستیاب نہیں</h1>
<p>ہم ابھی یہ صفحہ نہیں کھول سکے۔ یہ ایک منٹ میں واپس آ جانا چاہیے: براہِ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔ صفحۂ اول اور شعبے شاید اب بھی دستیاب ہوں۔</p>
<form action="/ur/search" method="get" role="search" aria-label="کوئی خبر تلاش کریں"><label for="q" style="position:absolute;right:-9999px">خبریں تلاش کریں</label><input id="q" type="search" name="q" placeholder="خبریں تلاش کریں" maxlength="200"><button type="submit">تلاش</button></form>
<p><a href="/ur">صفحۂ اول پر جائیں</a></p></main></body></html>`;
}

/**
 * The outage page's HTML, in Urdu for a path of the Urdu edition. SITE_NAME as
 * the app reads it (app/_lib/env.ts, same default): the hooks load no TypeScript.
 */
function outageHtml(siteName = process.env.SITE_NAME || "Meridian News", path = "/") {
  if (isUrduPath(path)) return urduOutageHtml(siteName);
  const name = escape(siteName);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Temporarily unavailable | ${name}</title><style>
body{margin:0;font:18px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#18181b;background:#fff}
main{max-width:42rem;margin:0 auto;padding:2rem 1rem}
a{color:#9f1239}h1{font:700 2.25rem/1.2 Georgia,"Times New Roman",serif;margin:1.5rem 0 1rem}
.site{font:700 1.5rem Georgia,serif;text-decoration:none}
form{display:flex;gap:.5rem;margin:1.5rem 0}input{flex:1;min-width:0;font:inherit;padding:.4rem .8rem;border:1px solid #a1a1aa;border-radius:999px}
button{font:inherit;font-weight:600;padding:.4rem 1rem;border:0;border-radius:999px;background:#9f1239;color:#fff}
@media (prefers-color-scheme:dark){body{background:#09090b;color:#f4f4f5}a{color:#fda4af}input{background:#18181b;color:#f4f4f5;border-color:#52525b}}
</style></head><body><main id="main"><p><a class="site" href="/">${name}</a></p>
<p style="font-size:.8rem;font-weight:700;letter-spacing:.1em;text-transform:uppercase;color:#9f1239">Error 503</p>
<h1>This page is temporarily unavailable</h1>
<p>We could not load this page just now. It should be back within a minute: please try again shortly. The front page and the sections may still be available.</p>
<form action="/search" method="get" role="search" aria-label="Search for a story"><label for="q" style="position:absolute;left:-9999px">Search stories</label><input id="q" type="search" name="q" placeholder="Search stories" maxlength="200"><button type="submit">Search</button></form>
<p><a href="/">Go to the front page</a></p></main></body></html>`;
}

/** Whether the 500 about to go out is a page whose body the outage page replaces. */
function isOutagePage(req, res) {
  const path = (req.url || "/").split("?")[0];
  return /^text\/html\b/.test(String(res.getHeader("content-type") || "")) && !NOT_PAGES.test(path);
}

/**
 * Makes `res` answer with the outage page once `shouldReplace()` says so at
 * its first write: Next's body is dropped, the status is left to the caller's
 * writeHead (503 + Retry-After). Installed outside the compression wrappers,
 * so the page is compressed like any other.
 */
function replaceOutageBody(req, res, shouldReplace) {
  const write = res.write;
  const end = res.end;
  let replacing; // undefined until the first write or end
  const decide = () => {
    if (replacing !== undefined) return replacing;
    replacing = !res.headersSent && shouldReplace() && isOutagePage(req, res);
    if (replacing) {
      res.removeHeader("content-length");
      res.setHeader("Content-Type", "text/html; charset=utf-8");
    }
    return replacing;
  };
  // A streamed page flushes its headers before its first chunk.
  const flushHeaders = res.flushHeaders;
  res.flushHeaders = function () {
    decide();
    return flushHeaders.call(this);
  };
  res.write = function (chunk, enc, cb) {
    if (!decide()) return write.call(this, chunk, enc, cb);
    const done = [enc, cb].find((a) => typeof a === "function");
    if (done) process.nextTick(done);
    return true;
  };
  res.end = function (chunk, enc, cb) {
    const done = [chunk, enc, cb].find((a) => typeof a === "function");
    if (!decide()) return end.call(this, chunk, enc, cb);
    return end.call(this, outageHtml(undefined, (req.url || "/").split("?")[0]), done);
  };
}

module.exports = { outageHtml, isOutagePage, replaceOutageBody };
