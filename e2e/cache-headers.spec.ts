import { expect, test } from "@playwright/test";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expectSharedCacheable } from "./cache-control";
import { queriesDuring } from "./query-log";

/** Files under `dir` whose name holds `text`, or with `inContent` also whose content does. */
function filesHolding(dir: string, text: string, inContent = false): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((name) => {
    const file = path.join(dir, name);
    return name.includes(text) || (inContent && statSync(file).isFile() && readFileSync(file).includes(text));
  });
}

// What a CDN or reverse proxy in front of the portal is told: public pages may be
// shared and served stale while revalidating; the newsroom never.
test.describe("cache headers", () => {
  test("public pages may be cached by a shared cache and served stale while revalidating", async ({ request }) => {
    const front = await request.get("/");
    expect(front.status()).toBe(200);
    const article = (await front.text()).match(/href="(\/news\/[a-z0-9-]+)"/)?.[1];
    expect(article).toBeTruthy();
    for (const path of ["/", article!, "/category/world"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expectSharedCacheable(res, path);
    }
  });

  test("pages, feeds and scripts are sent compressed", async ({ request }) => {
    const front = await request.get("/", { headers: { "accept-encoding": "gzip" } });
    const html = await front.text();
    const article = html.match(/href="(\/news\/[a-z0-9-]+)"/)?.[1];
    // Reader pages load no script files (e2e/reader-scripts.spec.ts); the newsroom's do.
    const login = await (await request.get("/admin/login", { headers: { "accept-encoding": "gzip" } })).text();
    const script = login.match(/src="(\/_next\/static\/chunks\/[^"]+\.js)"/)?.[1];
    expect(article && script).toBeTruthy();
    for (const [path, encoding, looksLike] of [
      ["/", "gzip", /<h1/],
      ["/", "br", /<h1/],
      [article!, "gzip", /<article/],
      ["/feed.xml", "gzip", /<rss/],
      ["/feed.xml", "br", /<rss/],
      [script!, "gzip", /function/],
    ] as const) {
      // Twice: the second answer of a cached page is the compressed copy kept from the first.
      for (let i = 0; i < 2; i++) {
        const res = await request.get(path, { headers: { "accept-encoding": encoding } });
        expect(res.status(), path).toBe(200);
        expect(res.headers()["content-encoding"], `${path} (${encoding})`).toBe(encoding);
        expect(res.headers()["vary"], path).toMatch(/accept-encoding/i);
        expect(await res.text(), path).toMatch(looksLike);
      }
    }
  });

  test("a HEAD request gets the headers its GET gets, and no body", async ({ request }) => {
    for (const path of ["/", "/feed.xml", "/category/world"]) {
      for (const encoding of ["gzip", "identity"]) {
        const headers = { "accept-encoding": encoding };
        await (await request.get(path, { headers })).body(); // rendered and cached (a first render is streamed)
        const get = await request.get(path, { headers });
        await get.body();
        const head = await request.head(path, { headers });
        expect(head.status(), `${path} ${encoding}`).toBe(200);
        expect((await head.body()).length, `${path} ${encoding}`).toBe(0);
        for (const name of ["content-type", "content-length", "content-encoding", "etag", "cache-control"]) {
          expect(head.headers()[name], `${path} ${encoding}: ${name}`).toBe(get.headers()[name]);
        }
        expect(head.headers().etag, `${path} ${encoding}`).toBeTruthy();
        // A client holding the page asks with its ETag: 304, as for GET.
        const again = await request.head(path, { headers: { ...headers, "if-none-match": get.headers().etag } });
        expect(again.status(), `${path} ${encoding}`).toBe(304);
      }
    }
  });

  test("unknown addresses answer 404 without filling the server's disk", async ({ request }) => {
    const slug = `no-such-story-${Date.now()}`;
    for (const path of [`/news/${slug}`, `/news/${slug}`, `/topic/${slug}`, `/category/${slug}/page/2`]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    // Next would keep each of these pages in the build's cache folder (four files, ~100 KB).
    const onDisk = (readdirSync(".next/server", { recursive: true }) as string[]).filter((f) => f.includes(slug));
    expect(onDisk).toEqual([]);
  });

  test("search results are served from the cache, kept in memory only", async ({ request }) => {
    const stamp = `zq${Date.now().toString(36)}`;
    // A query nobody asked before (no hits) and one with hits, on page 1 and 2.
    const paths = [`/search?q=${stamp}`, `/search?q=${stamp}+again`, "/search?q=the", "/search?q=the&page=2"];
    const first = new Map<string, string>();
    for (const path of paths) {
      await expect.poll(async () => (await request.get(path)).headers()["x-nextjs-cache"], { message: path, timeout: 30_000 }).toBe("HIT");
      first.set(path, await (await request.get(path)).text());
    }
    expect(first.get(`/search?q=${stamp}`)).toContain("No stories match");
    expect(first.get("/search?q=the&page=2")).toContain("(page 2 of");
    const queries = await queriesDuring(async () => {
      for (const path of paths) {
        const res = await request.get(path);
        expect(res.status(), path).toBe(200);
        expect(await res.text(), path).toBe(first.get(path));
        expectSharedCacheable(res, path);
      }
    });
    expect(queries).toEqual([]);
    // One page (files named by address) and one data entry (named by a hash)
    // per query typed: none of them on disk.
    expect(filesHolding(".next/server", stamp)).toEqual([]);
    expect(filesHolding(".next/cache/fetch-cache", stamp, true)).toEqual([]);
  });

  test("newsroom pages and its API are private and never stored", async ({ request }) => {
    for (const path of ["/admin/login", "/admin", "/api/admin/articles"]) {
      const res = await request.get(path, { maxRedirects: 0 });
      const cacheControl = res.headers()["cache-control"] ?? "";
      expect(cacheControl, `${path} (${res.status()})`).toMatch(/private/);
      expect(cacheControl, `${path} (${res.status()})`).toMatch(/no-store/);
      expect(cacheControl, path).not.toMatch(/s-maxage/);
    }
  });
});
