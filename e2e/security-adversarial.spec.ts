// Issue 24, tried from outside as an attacker would, against the production
// server with its hooks: what an anonymous client controls must not get it
// past the login limits, off the site by a redirect, a 500, or the disk.
import { expect, test } from "@playwright/test";
import { readdirSync } from "node:fs";

const filesUnder = (dir: string) => new Set(readdirSync(dir, { recursive: true }) as string[]);

test.describe("adversarial requests", () => {
  test("200 junk search queries do not grow the server's cache on disk", async ({ request }) => {
    // Punctuation only: no searchable word, but every one a distinct address.
    const marks = "!$*():~-_.,;'@";
    const junk = (i: number) => {
      let s = "";
      for (let n = i + marks.length; n > 0; n = Math.floor(n / marks.length)) s += marks[n % marks.length];
      return `${s}\u200b🙂`;
    };
    expect((await request.get(`/search?q=${encodeURIComponent(junk(999))}`)).status()).toBe(200);
    const before = filesUnder(".next/server");
    for (let i = 0; i < 200; i++) {
      const res = await request.get(`/search?q=${encodeURIComponent(junk(i))}`);
      expect(res.status(), junk(i)).toBe(200);
    }
    const added = [...filesUnder(".next/server")].filter((f) => !before.has(f));
    expect(added).toEqual([]);
  });

  test("feeds and sitemaps of made-up sections, topics and files do not grow the cache on disk", async ({ request }) => {
    const paths = (i: number) => [
      `/feeds/category/made-up-${i}/rss.xml`,
      `/feeds/topic/made-up-${i}/atom.xml`,
      `/ur/feeds/category/made-up-${i}/rss.xml`,
      `/sitemaps/made-up-${i}.xml`,
    ];
    for (const path of paths(999)) expect((await request.get(path)).status(), path).toBe(404);
    const before = filesUnder(".next/server");
    for (let i = 0; i < 60; i++) for (const path of paths(i)) expect((await request.get(path)).status(), path).toBe(404);
    const added = [...filesUnder(".next/server")].filter((f) => !before.has(f));
    expect(added).toEqual([]);
  });

  for (const to of ["/%5Cevil.example", "/%09/evil.example", "//evil.example", "https://evil.example"]) {
    test(`leaving preview never redirects off the site (?to=${to})`, async ({ request, baseURL }) => {
      const res = await request.get(`/api/admin/preview/exit?to=${to}`, { maxRedirects: 0 });
      expect(res.status()).toBe(307);
      // Resolved as a browser resolves it.
      expect(new URL(res.headers().location, baseURL).origin).toBe(new URL(baseURL!).origin);
    });
  }

  test("a session cookie with a broken percent escape is no session, not a 500", async ({ request }) => {
    const res = await request.get("/api/admin/articles", { headers: { cookie: "meridian_session=%E0%A4%A" } });
    expect(res.status()).toBe(401);
    expect((await res.json()).error.code).toBeTruthy();
  });

  test("a client locked out of an account cannot get back in by writing X-Forwarded-For", async ({ request, baseURL }) => {
    const attempt = (headers: Record<string, string> = {}) =>
      request.post("/api/admin/login", {
        data: { email: "locked-out-by-xff@meridian.local", password: "wrong-password" },
        headers: { origin: baseURL!, ...headers },
      });
    for (let i = 0; i < 5; i++) expect((await attempt()).status()).toBe(401);
    expect((await attempt()).status()).toBe(429);
    expect((await attempt({ "x-forwarded-for": "198.51.100.99" })).status()).toBe(429);
    expect((await attempt({ "x-real-ip": "198.51.100.98" })).status()).toBe(429);
  });

  for (const path of ["/news/%ff", "/api/v1/articles/%ff", "/media/%c0%ae%c0%ae/x", "/%c0%ae"]) {
    test(`an undecodable escape in the path is a 400 with the error shape (${path})`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(400);
      expect((await res.json()).error).toMatchObject({ code: "malformed_path", fields: {} });
    });
  }

  test("every kind of response carries the security headers; the newsroom and the API cannot be framed", async ({ request }) => {
    const kinds = { reader: "/", newsroom: "/admin/login", api: "/api/v1/articles", feed: "/feed.xml", missing: "/news/no-such-story-at-all" };
    for (const [kind, path] of Object.entries(kinds)) {
      const headers = (await request.get(path)).headers();
      expect(headers["x-content-type-options"], kind).toBe("nosniff");
      expect(headers["referrer-policy"], kind).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"], kind).toContain("camera=()");
      if (kind === "newsroom" || kind === "api") {
        expect(headers["content-security-policy"], kind).toContain("frame-ancestors 'none'");
        expect(headers["x-frame-options"], kind).toBe("DENY");
      } else {
        expect(headers["x-frame-options"], kind).toBe("SAMEORIGIN");
      }
    }
  });

  // The routes test/route-matrix.test.ts cannot call outside a Next server
  // (they read Next's data cache or draft mode), asked over HTTP.
  const ODD = ["0", "-1", "99999999999999999999", "%E2%80%AE%E2%80%8D", "a".repeat(3000), "%00", "x%20y"];
  const QUERIES = ["?page=99999999999999999999&limit=-1", "?q=%00&page=abc&category=%E2%80%AE", "?to=%5C%5Cevil.example"];
  const PUBLIC = (odd: string) => [
    "/api/v1/articles", `/api/v1/articles/${odd}`, "/api/v1/authors", "/api/v1/categories", "/api/v1/topics",
    `/feeds/category/${odd}/rss.xml`, `/feeds/${odd}/x/atom.xml`, `/sitemaps/${odd}`, `/media/${odd}/${odd}.jpg`, "/robots.txt",
    `/api/admin/preview/${odd}`, "/api/admin/preview/exit", `/ur/feeds/topic/${odd}/feed.json`,
  ];
  test("public routes answer odd ids and queries with a 4xx at worst, and unserved methods with 405 + Allow", async ({ request }) => {
    for (const odd of ODD) {
      for (const path of PUBLIC(odd)) {
        for (const query of QUERIES) {
          const res = await request.get(path + query, { maxRedirects: 0 });
          expect(res.status(), `GET ${path.slice(0, 60)}${query}`).toBeLessThan(500);
          if (res.status() >= 400 && /json/.test(res.headers()["content-type"] ?? "")) {
            expect((await res.json()).error, path).toMatchObject({ code: expect.any(String), message: expect.any(String), fields: {} });
          }
        }
      }
    }
    for (const path of [...PUBLIC("1").slice(0, 10), "/feed.xml", "/sitemap.xml", "/ur/feed.xml", "/ur/feeds/category/world/rss.xml"]) {
      const res = await request.fetch(path, { method: "PUT", data: "{}", headers: { "content-type": "application/json" } });
      expect(res.status(), `PUT ${path}`).toBe(405);
      expect(res.headers()["allow"], path).toMatch(/^GET, HEAD, OPTIONS$/);
      expect((await res.json()).error.code).toBe("method_not_allowed");
    }
  });
});
