// Page weight as a phone downloads it: HTML, JS, CSS and fonts gzipped (as the
// server sends them), images as stored (WebP). JS is split into the framework's
// own chunks (Next's rootMainFiles in the build manifest) and what the portal
// adds on top (every other chunk the page loads, and its inline scripts).
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { gunzipSync, gzipSync } from "node:zlib";

export type Weight = {
  htmlGz: number;
  jsGz: number;
  frameworkJsGz: number;
  portalJsGz: number;
  portalChunks: { file: string; gz: number }[];
  cssGz: number;
  fontBytes: number;
  imageBytes: number;
  totalBytes: number;
};

/** Raw bytes on the wire and the decoded body, asking for gzip. */
function get(url: string): Promise<{ status: number; wireBytes: number; body: Buffer; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const encoding = String(res.headers["content-encoding"] ?? "");
        const body = encoding === "gzip" ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, wireBytes: raw.length, body, encoding });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** Gzipped size whether or not the server compressed it (a CDN would). */
async function gzBytes(url: string): Promise<number> {
  const r = await get(url);
  return r.encoding === "gzip" ? r.wireBytes : gzipSync(r.body).length;
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`, "i"))?.[1]?.replaceAll("&amp;", "&");

/** The srcset candidate a 412px-wide phone at DPR 1.75 picks for a full-width image. */
function phoneCandidate(tag: string): string | undefined {
  const srcset = attr(tag, "srcSet") ?? attr(tag, "srcset");
  if (!srcset) return attr(tag, "src");
  const needed = 412 * 1.75;
  const candidates = srcset
    .split(",")
    .map((s) => s.trim().split(/\s+/))
    .map(([u, w]) => ({ u, w: Number.parseInt(w ?? "0", 10) }))
    .sort((a, b) => a.w - b.w);
  return (candidates.find((c) => c.w >= needed) ?? candidates.at(-1))?.u;
}

export async function pageWeight(base: string, path: string, distDir = ".next"): Promise<Weight> {
  const page = await get(base + path);
  if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
  const html = page.body.toString("utf8");
  const htmlGz = page.encoding === "gzip" ? page.wireBytes : gzipSync(page.body).length;

  const manifest = JSON.parse(readFileSync(`${distDir}/build-manifest.json`, "utf8")) as { rootMainFiles: string[] };
  const framework = new Set(manifest.rootMainFiles.map((f) => `/_next/${f}`));

  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => !/\snoModule\b/i.test(tag)) // legacy polyfills: modern browsers skip them
    .map((tag) => attr(tag, "src"))
    .filter((src): src is string => Boolean(src));
  const uniqueScripts = [...new Set(scripts)];
  let frameworkJsGz = 0;
  const portalChunks: { file: string; gz: number }[] = [];
  for (const src of uniqueScripts) {
    const gz = await gzBytes(new URL(src, base).href);
    if (framework.has(new URL(src, base).pathname)) frameworkJsGz += gz;
    else portalChunks.push({ file: src, gz });
  }
  // Inline scripts of the portal's own (the reader-page script; the theme
  // script in the head), gzipped on their own: part of the HTML's bytes too,
  // but this is the JavaScript the page runs.
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const [tag, attrs = "", code] = m;
    if (!code.trim()) continue;
    if (/\stype="application\/(ld\+)?json"/i.test(attrs) || /self\.__next_f|TURBOPACK|^\s*\$R/.test(code)) continue; // data, or Next's or React's own
    portalChunks.push({ file: `inline ${attr(tag, "id") ?? "script"}`, gz: gzipSync(code).length });
  }
  const portalJsGz = portalChunks.reduce((s, c) => s + c.gz, 0);

  const links = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]);
  const css = [...new Set(links.filter((l) => /rel="stylesheet"/i.test(l)).map((l) => attr(l, "href")!).filter(Boolean))];
  let cssGz = 0;
  for (const href of css) cssGz += await gzBytes(new URL(href, base).href);
  const fonts = [...new Set(links.filter((l) => /as="font"/i.test(l)).map((l) => attr(l, "href")!).filter(Boolean))];
  let fontBytes = 0;
  for (const href of fonts) fontBytes += (await get(new URL(href, base).href)).wireBytes;

  // Images that load at once (not lazy), as a phone would pick them.
  const imgs = [...html.matchAll(/<img\b[^>]*>/gi)].map((m) => m[0]).filter((t) => !/loading="lazy"/i.test(t));
  let imageBytes = 0;
  for (const tag of imgs) {
    const src = phoneCandidate(tag);
    if (src) imageBytes += (await get(new URL(src, base).href)).wireBytes;
  }

  const jsGz = frameworkJsGz + portalJsGz;
  return {
    htmlGz,
    jsGz,
    frameworkJsGz,
    portalJsGz,
    portalChunks,
    cssGz,
    fontBytes,
    imageBytes,
    totalBytes: htmlGz + jsGz + cssGz + fontBytes + imageBytes,
  };
}
