import { expect, test } from "@playwright/test";
import { expectSharedCacheable } from "./cache-control";

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
