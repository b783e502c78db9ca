// Sitemaps, the Google News sitemap and robots.txt, validated against the
// sitemaps.org and Google News schemas (xmllint) and against the database.
import { expect, test } from "@playwright/test";
import { isPublic, locPaths, portalSnapshot, SCHEMAS, validateXml } from "./distribution-support";

test.describe("distribution: sitemaps and robots.txt", () => {
  test("robots.txt names both sitemaps and keeps crawlers out of admin, API and search", async ({ request }) => {
    const res = await request.get("/robots.txt");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/plain");
    const text = await res.text();
    const lines = text.split("\n");
    expect(lines).toContain("User-agent: *");
    for (const rule of ["Disallow: /admin", "Disallow: /api/", "Disallow: /search"]) expect(lines).toContain(rule);
    const sitemaps = lines.filter((l) => l.startsWith("Sitemap: ")).map((l) => new URL(l.slice(9)).pathname);
    expect(sitemaps).toEqual(["/sitemap.xml", "/news-sitemap.xml"]);
  });

  test("the sitemap index and every child sitemap are valid and list exactly the public pages", async ({ request }) => {
    const snapshot = portalSnapshot();
    const index = await request.get("/sitemap.xml");
    expect(index.status()).toBe(200);
    expect(index.headers()["content-type"]).toContain("application/xml");
    const indexXml = await index.text();
    validateXml(indexXml, SCHEMAS.sitemapIndex);
    const children = locPaths(indexXml);
    // Each edition has its own (the Urdu edition's: e2e/urdu-distribution.spec.ts).
    expect(children).toEqual([
      "/sitemaps/articles-1.xml",
      "/sitemaps/categories.xml",
      "/sitemaps/topics.xml",
      "/sitemaps/authors.xml",
      "/sitemaps/ur-articles-1.xml",
      "/sitemaps/ur-categories.xml",
      "/sitemaps/ur-topics.xml",
      "/sitemaps/ur-authors.xml",
      "/sitemaps/pages.xml",
    ]);
    expect(indexXml.match(/<lastmod>/g)?.length).toBe(children.length);

    const listed = new Map<string, string[]>();
    for (const child of children) {
      const xml = await (await request.get(child)).text();
      validateXml(xml, SCHEMAS.hreflang);
      // Every URL has a lastmod.
      expect(xml.match(/<url>/g)?.length).toBe(xml.match(/<lastmod>/g)?.length);
      listed.set(child, locPaths(xml));
    }

    const publicSlugs = snapshot.articles.filter((a) => isPublic(a) && a.language === "en").map((a) => `/news/${a.slug}`);
    expect(new Set(listed.get("/sitemaps/articles-1.xml"))).toEqual(new Set(publicSlugs));
    const hidden = snapshot.articles.filter((a) => !isPublic(a));
    expect(hidden.map((h) => h.status)).toEqual(expect.arrayContaining(["draft", "review", "scheduled", "archived"]));
    const all = [...listed.values()].flat();
    for (const h of hidden) expect(all, `${h.status} article listed`).not.toContain(`/news/${h.slug}`);

    const categories = snapshot.categories.map((c) => `/category/${c.slug}`);
    expect(new Set(listed.get("/sitemaps/categories.xml"))).toEqual(new Set(categories));
    expect(listed.get("/sitemaps/topics.xml")!.length).toBeGreaterThan(10);
    expect(listed.get("/sitemaps/authors.xml")!.every((p) => p.startsWith("/author/"))).toBe(true);
    // The demo newsroom's published publisher pages (prisma/seed/pages.ts).
    expect(listed.get("/sitemaps/pages.xml")).toEqual(expect.arrayContaining(["/about", "/contact", "/policies/editorial", "/policies/corrections"]));

    // Past the last chunk there is nothing.
    expect((await request.get("/sitemaps/articles-2.xml")).status()).toBe(404);
  });

  test("the Google News sitemap lists the last 48 hours of stories and validates", async ({ request }) => {
    const res = await request.get("/news-sitemap.xml");
    expect(res.status()).toBe(200);
    const xml = await res.text();
    validateXml(xml, SCHEMAS.news);
    const since = Date.now() - 48 * 3_600_000;
    const recent = portalSnapshot().articles.filter((a) => isPublic(a) && new Date(a.publishedAt!).getTime() >= since);
    expect(recent.length).toBeGreaterThan(0);
    // Each story at its edition's address.
    expect(locPaths(xml)).toEqual(recent.slice(0, 1000).map((a) => `${a.language === "ur" ? "/ur" : ""}/news/${a.slug}`));
    const entries = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1]);
    for (const [i, entry] of entries.entries()) {
      expect(entry).toContain("<news:name>Meridian News</news:name>");
      expect(entry).toContain(`<news:language>${recent[i].language}</news:language>`);
      expect(entry).toContain(`<news:publication_date>${recent[i].publishedAt}</news:publication_date>`);
      const title = /<news:title>(.*?)<\/news:title>/.exec(entry)![1];
      expect(title.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&")).toBe(recent[i].title);
    }
  });
});
