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
});
