import { expect, test } from "@playwright/test";

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
      const cacheControl = res.headers()["cache-control"] ?? "";
      // A CDN keeps a page at most a minute after a publish, with no purge needed.
      const sMaxAge = Number(cacheControl.match(/s-maxage=(\d+)/)?.[1]);
      expect(sMaxAge, `${path}: ${cacheControl}`).toBeGreaterThan(0);
      expect(sMaxAge, `${path}: ${cacheControl}`).toBeLessThanOrEqual(60);
      expect(cacheControl, path).toMatch(/stale-while-revalidate/);
      expect(cacheControl, path).not.toMatch(/private|no-store/);
    }
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
