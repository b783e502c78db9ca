import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createRequire } from "node:module";

const { compressResponses } = createRequire(import.meta.url)("./response-compression.cjs") as {
  compressResponses: (req: IncomingMessage, res: ServerResponse) => void;
};

// What the app sends next, per path: the body and how Next would send it.
type Reply = { body: string; streamed?: boolean; cacheControl?: string; fromCache?: boolean; status?: number; etag?: string; contentType?: string };
const replies = new Map<string, Reply>();
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    compressResponses(req, res);
    const reply = replies.get(req.url ?? "")!;
    res.statusCode = reply.status ?? 200;
    res.setHeader("Content-Type", reply.contentType ?? "text/html; charset=utf-8");
    res.setHeader("Cache-Control", reply.cacheControl ?? "s-maxage=60, stale-while-revalidate=31535940");
    if (reply.fromCache !== false) res.setHeader("x-nextjs-cache", "HIT");
    if (reply.etag) res.setHeader("ETag", reply.etag);
    if (!reply.streamed) return void res.end(reply.body);
    // As Next pipes a cached route handler's response: headers first, then chunks.
    res.flushHeaders();
    const third = Math.ceil(reply.body.length / 3);
    res.write(reply.body.slice(0, third));
    setTimeout(() => {
      res.write(reply.body.slice(third, 2 * third));
      res.end(reply.body.slice(2 * third));
    }, 5);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, acceptEncoding: string, method = "GET", headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; raw: Buffer; text: string }>((resolve, reject) => {
    const req = http.request(base + path, { method, headers: { "accept-encoding": acceptEncoding, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const enc = res.headers["content-encoding"];
        const text = (enc === "gzip" ? gunzipSync(raw) : enc === "br" ? brotliDecompressSync(raw) : raw).toString("utf8");
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

const page = (words: string) => `<!doctype html><html><body>${`<p>${words}</p>`.repeat(200)}</body></html>`;

describe("response compression", () => {
  it("sends a cached page compressed, with its compressed length and Vary", async () => {
    replies.set("/a", { body: page("Floods in Sindh — ünïcödé") });
    const res = await get("/a", "gzip, deflate");
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(Number(res.headers["content-length"])).toBe(res.raw.length);
    expect(res.raw.length).toBeLessThan(Buffer.byteLength(page("Floods in Sindh — ünïcödé")) / 5);
    expect(res.headers.vary).toContain("Accept-Encoding");
    expect(res.text).toBe(page("Floods in Sindh — ünïcödé"));
  });

  it("never sends the compressed copy of an older version of a page", async () => {
    replies.set("/b", { body: page("first version") });
    expect((await get("/b", "gzip")).text).toBe(page("first version"));
    expect((await get("/b", "gzip")).text).toBe(page("first version"));
    replies.set("/b", { body: page("second version, same length") });
    expect((await get("/b", "gzip")).text).toBe(page("second version, same length"));
    replies.set("/b", { body: page("FIRST version") }); // same length as the first
    expect((await get("/b", "gzip")).text).toBe(page("FIRST version"));
  });

  it("holds back a cached response that arrives in chunks and sends it whole", async () => {
    replies.set("/feed", { body: page("feed item"), streamed: true });
    for (let i = 0; i < 2; i++) {
      const res = await get("/feed", "gzip");
      expect(res.headers["content-encoding"]).toBe("gzip");
      expect(Number(res.headers["content-length"])).toBe(res.raw.length);
      expect(res.text).toBe(page("feed item"));
    }
  });

  it("holds back a build file that never changes (a script) and sends it whole", async () => {
    replies.set("/_next/static/chunks/app.js", { body: `function a(){return 1}\n`.repeat(200), streamed: true, fromCache: false, cacheControl: "public, max-age=31536000, immutable" });
    const res = await get("/_next/static/chunks/app.js", "gzip, deflate, br");
    expect(res.headers["content-encoding"]).toBe("br");
    expect(Number(res.headers["content-length"])).toBe(res.raw.length);
    expect(res.text).toBe(`function a(){return 1}\n`.repeat(200));
  });

  it("keeps streaming a render in progress that is not a reader page (compressed on the fly)", async () => {
    replies.set("/admin/render", { body: page("rendering"), streamed: true, fromCache: false });
    const res = await get("/admin/render", "gzip");
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers["transfer-encoding"]).toBe("chunked");
    expect(res.text).toBe(page("rendering"));
  });

  it("compresses private pages too", async () => {
    replies.set("/admin", { body: page("draft"), cacheControl: "private, no-store", fromCache: false });
    const res = await get("/admin", "gzip");
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.text).toBe(page("draft"));
  });

  it("prefers brotli when the browser accepts it, and sends plain bytes to clients that accept neither", async () => {
    replies.set("/c", { body: page("brotli") });
    const br = await get("/c", "gzip, deflate, br, zstd");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.text).toBe(page("brotli"));
    const plain = await get("/c", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.text).toBe(page("brotli"));
  });

  it("gives a cached page an ETag per encoding and answers a request that names it with 304 and no body", async () => {
    replies.set("/e", { body: page("unchanged story") });
    const first = await get("/e", "gzip");
    const tag = first.headers.etag!;
    expect(tag).toMatch(/^"[^"]+"$/);
    expect((await get("/e", "gzip")).headers.etag).toBe(tag);

    const again = await get("/e", "gzip", "GET", { "if-none-match": tag });
    expect(again.status).toBe(304);
    expect(again.raw.length).toBe(0);
    expect(again.headers.etag).toBe(tag);
    expect(again.headers["cache-control"]).toContain("s-maxage=60");
    expect(again.headers.vary).toContain("Accept-Encoding");
    expect(again.headers["content-encoding"]).toBeUndefined();
    // A list of validators (a CDN holding several), weak or not, matches too.
    expect((await get("/e", "gzip", "GET", { "if-none-match": `"other", W/${tag}` })).status).toBe(304);

    // Brotli bytes are another representation: another ETag, and the gzip one does not match it.
    const br = await get("/e", "br", "GET", { "if-none-match": tag });
    expect(br.status).toBe(200);
    expect(br.headers.etag).not.toBe(tag);
    expect(br.text).toBe(page("unchanged story"));
    // So are plain bytes, for a client that takes no compression.
    const plain = await get("/e", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.text).toBe(page("unchanged story"));
    expect([tag, br.headers.etag]).not.toContain(plain.headers.etag);
    const plainAgain = await get("/e", "identity", "GET", { "if-none-match": plain.headers.etag! });
    expect([plainAgain.status, plainAgain.raw.length]).toEqual([304, 0]);
  });

  it("gives a cached feed an ETag also when the client takes no compression", async () => {
    const rss = `<?xml version="1.0"?><rss><channel>${"<item><title>Floods</title></item>".repeat(100)}</channel></rss>`;
    replies.set("/feed.xml", { body: rss, contentType: "application/rss+xml; charset=utf-8" });
    const plain = await get("/feed.xml", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.text).toBe(rss);
    expect(plain.headers.etag).toMatch(/^"[^"]+"$/);
    const poll = await get("/feed.xml", "identity", "GET", { "if-none-match": plain.headers.etag! });
    expect([poll.status, poll.raw.length]).toEqual([304, 0]);
  });

  it("sends the new page to a client holding the ETag of the old one", async () => {
    replies.set("/f", { body: page("first edition") });
    const old = (await get("/f", "gzip")).headers.etag!;
    replies.set("/f", { body: page("second edition") });
    const res = await get("/f", "gzip", "GET", { "if-none-match": old });
    expect(res.status).toBe(200);
    expect(res.text).toBe(page("second edition"));
    expect(res.headers.etag).not.toBe(old);
    expect((await get("/f", "gzip", "GET", { "if-none-match": res.headers.etag! })).status).toBe(304);
  });

  it("leaves the app's own ETag alone and gives private pages none", async () => {
    replies.set("/api", { body: page("api"), etag: '"from-the-app"' });
    const api = await get("/api", "gzip", "GET", { "if-none-match": '"from-the-app"' });
    expect(api.headers.etag).toBe('"from-the-app"');
    expect(api.status).toBe(200); // the app answers its own conditional requests
    replies.set("/admin/e", { body: page("draft"), cacheControl: "private, no-store", fromCache: false });
    const priv = await get("/admin/e", "gzip");
    expect(priv.headers.etag).toBeUndefined();
    expect((await get("/admin/e", "gzip", "GET", { "if-none-match": "*" })).status).toBe(200);
  });

  it("leaves small bodies and HEAD requests alone", async () => {
    replies.set("/small", { body: "<p>ok</p>" });
    const small = await get("/small", "gzip");
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.text).toBe("<p>ok</p>");
    replies.set("/head", { body: page("head") });
    const head = await get("/head", "gzip", "HEAD");
    expect(head.status).toBe(200);
    expect(head.raw.length).toBe(0);
  });
});

// A reader page as Next renders it: its runtime in the head and after the
// body, the reader script marking it (app/_components/reader-islands.tsx).
const RUNTIME_HEAD = [
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>',
  '<script src="/_next/static/chunks/main-2.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills-3.js" noModule=""></script>',
].join("");
const RUNTIME_TAIL = [
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:I[\\"x\\",[]]\\n"])</script>',
].join("");
const KEPT = '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script>$RC("B:0","S:0")</script>';
const readerPage = (words: string, marker = '<script id="reader-islands">install()</script>') =>
  `<!doctype html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>${RUNTIME_HEAD}</head><body>${`<p>${words}</p>`.repeat(200)}${KEPT}${marker}${RUNTIME_TAIL}</body></html>`;
const withoutRuntime = (html: string) => html.replace(RUNTIME_HEAD, "").replace(RUNTIME_TAIL, "");

describe("reader pages without the client runtime", () => {
  it("takes Next's scripts and inlined React tree out of a reader page, keeping its stylesheet, JSON-LD and own scripts", async () => {
    replies.set("/news/floods", { body: readerPage("Floods in Sindh") });
    const res = await get("/news/floods", "gzip");
    expect(res.text).toBe(withoutRuntime(readerPage("Floods in Sindh")));
    expect(res.text).not.toContain("/_next/static/chunks/main-2.js");
    expect(res.text).not.toContain("__next_f");
    expect(res.text).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(res.text).toContain(KEPT);
    expect(Number(res.headers["content-length"])).toBe(res.raw.length);
    // Kept: the second reader gets the same bytes.
    expect((await get("/news/floods", "gzip")).raw.equals(res.raw)).toBe(true);
  });

  it("holds a reader page while it renders and sends it whole, also to a client that takes no compression", async () => {
    replies.set("/category/world", { body: readerPage("rendering"), streamed: true, fromCache: false });
    const gz = await get("/category/world", "gzip");
    expect(gz.headers["transfer-encoding"]).toBeUndefined();
    expect(gz.text).toBe(withoutRuntime(readerPage("rendering")));
    const plain = await get("/category/world", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(Number(plain.headers["content-length"])).toBe(plain.raw.length);
    expect(plain.text).toBe(withoutRuntime(readerPage("rendering")));
  });

  it("leaves the runtime in pages that need it (unmarked, not found, the newsroom) and not in uncached reader pages (search)", async () => {
    replies.set("/unmarked", { body: readerPage("no reader script", "") });
    expect((await get("/unmarked", "gzip")).text).toBe(readerPage("no reader script", ""));
    replies.set("/news/missing", { body: readerPage("not found"), status: 404, fromCache: false });
    expect((await get("/news/missing", "gzip")).text).toBe(readerPage("not found"));
    replies.set("/admin/articles", { body: readerPage("desk"), cacheControl: "private, no-store", fromCache: false });
    expect((await get("/admin/articles", "gzip")).text).toBe(readerPage("desk"));
    replies.set("/search?q=floods", { body: readerPage("results"), cacheControl: "private, no-store", fromCache: false });
    expect((await get("/search?q=floods", "gzip")).text).toBe(withoutRuntime(readerPage("results")));
  });
});
