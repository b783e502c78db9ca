// Feeds read the way feed readers read them (rss-parser), checked against the
// published articles in the database.
import { expect, test } from "@playwright/test";
import Parser from "rss-parser";
import { isPublic, portalSnapshot, type SnapshotArticle } from "./distribution-support";
import { queriesDuring } from "./query-log";
import { expectSharedCacheable } from "./cache-control";

const parser = new Parser({ customFields: { item: [["content:encoded", "contentEncoded"]] } });

test.describe("distribution: feeds", () => {
  test("the site RSS feed carries the 50 newest public stories with full, absolute-linked content", async ({ request }) => {
    const res = await request.get("/feed.xml");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
    const feed = await parser.parseString(await res.text());
    expect(feed.title).toBe("Meridian News");

    // The English edition's feed: its own stories (the Urdu feeds: e2e/urdu-distribution.spec.ts).
    const expected = portalSnapshot()
      .articles.filter((a) => isPublic(a) && a.language === "en")
      .slice(0, 50);
    expect(feed.items.map((i) => i.title)).toEqual(expected.map((a) => a.title));
    const guids = new Set(feed.items.map((i) => i.guid));
    expect(guids.size).toBe(50);
    for (const [i, item] of feed.items.entries()) {
      const a = expected[i];
      expect(item.link).toMatch(/^https?:\/\//);
      expect(new URL(item.link!).pathname).toBe(`/news/${a.slug}`);
      expect(item.guid).toMatch(new RegExp(`:article:${a.id}$`));
      expect(new Date(item.pubDate!).getTime()).toBe(Math.floor(new Date(a.publishedAt!).getTime() / 1000) * 1000);
      // rss-parser gives categories with a domain attribute as { _: name, $: { domain } }.
      const categories = (item.categories as unknown as ({ _: string } | string)[]).map((c) => (typeof c === "string" ? c : c._));
      expect(categories).toEqual(expect.arrayContaining([a.category.name, ...a.topics.map((t) => t.name)]));
      expect(item.creator).toBe(a.authors.map((x) => x.name).join(", "));
      const html = (item as unknown as { contentEncoded: string }).contentEncoded;
      expect(html).toContain('<p class="dateline">');
      expect(html.length).toBeGreaterThan(500);
      // Nothing relative survives, and nothing the sanitizer forbids.
      expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
      expect(html).not.toMatch(/<script|onerror=|onclick=/i);
    }
  });

  test("section, topic and author feeds hold only their own stories, in RSS, Atom and JSON Feed", async ({ request }) => {
    const published = portalSnapshot().articles.filter((a) => isPublic(a) && a.language === "en");
    const scopes = [
      { kind: "category", slug: "sports", has: (a: SnapshotArticle) => a.category.slug === "sports" },
      { kind: "topic", slug: "cricket", has: (a: SnapshotArticle) => a.topics.some((t) => t.slug === "cricket") },
      { kind: "author", slug: "ayesha-siddiqui", has: (a: SnapshotArticle) => a.authors.some((x) => x.slug === "ayesha-siddiqui") },
    ];
    for (const scope of scopes) {
      const expected = published.filter(scope.has).slice(0, 50);
      expect(expected.length, `${scope.kind} ${scope.slug} has stories`).toBeGreaterThan(0);
      const paths = expected.map((a) => `/news/${a.slug}`);
      const base = `/feeds/${scope.kind}/${scope.slug}`;

      const rss = await request.get(`${base}/rss.xml`);
      expect(rss.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
      expect((await parser.parseString(await rss.text())).items.map((i) => new URL(i.link!).pathname)).toEqual(paths);

      const atom = await request.get(`${base}/atom.xml`);
      expect(atom.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
      expect((await parser.parseString(await atom.text())).items.map((i) => new URL(i.link!).pathname)).toEqual(paths);

      const json = await request.get(`${base}/feed.json`);
      expect(json.headers()["content-type"]).toBe("application/feed+json; charset=utf-8");
      const body = (await json.json()) as { version: string; items: { url: string; authors?: unknown; content_html?: string }[] };
      expect(body.version).toMatch(/^https:\/\/jsonfeed\.org\/version\//);
      expect(body.items.map((i) => new URL(i.url).pathname)).toEqual(paths);
    }
    // Unknown feeds say so, also when asked again (a cached answer stays a 404).
    for (let i = 0; i < 2; i++) {
      const missing = await request.get("/feeds/topic/no-such-topic/rss.xml");
      expect(missing.status()).toBe(404);
      expect(await missing.text()).toContain('There is no topic "no-such-topic"');
      const badFile = await request.get("/feeds/category/sports/feed.txt");
      expect(badFile.status()).toBe(404);
      expect(await badFile.text()).toContain("feeds are rss.xml, atom.xml and feed.json");
    }
  });

  test("feeds and sitemaps are served from the cache: a repeat request runs no database query, and a CDN may keep them a minute", async ({
    request,
  }) => {
    const types: Record<string, string> = {
      "/feed.xml": "application/rss+xml; charset=utf-8",
      "/feed.atom": "application/atom+xml; charset=utf-8",
      "/feed.json": "application/feed+json; charset=utf-8",
      "/feeds/category/sports/rss.xml": "application/rss+xml; charset=utf-8",
      "/feeds/topic/cricket/atom.xml": "application/atom+xml; charset=utf-8",
      "/sitemap.xml": "application/xml; charset=utf-8",
      "/sitemaps/articles-1.xml": "application/xml; charset=utf-8",
      "/sitemaps/topics.xml": "application/xml; charset=utf-8",
      "/news-sitemap.xml": "application/xml; charset=utf-8",
    };
    const first = new Map<string, string>();
    for (const path of Object.keys(types)) {
      // Rendered on the first request; an entry left stale by an earlier spec is served once while it re-renders.
      await expect.poll(async () => (await request.get(path)).headers()["x-nextjs-cache"], { message: path, timeout: 30_000 }).toBe("HIT");
      first.set(path, await (await request.get(path)).text());
    }
    const queries = await queriesDuring(async () => {
      for (const [path, type] of Object.entries(types)) {
        const res = await request.get(path);
        expect(res.status(), path).toBe(200);
        expect(res.headers()["content-type"], path).toBe(type);
        expect(await res.text(), path).toBe(first.get(path));
        expectSharedCacheable(res, path);
      }
    });
    expect(queries).toEqual([]);
  });

  test("unpublished stories never reach a feed", async ({ request }) => {
    const hidden = portalSnapshot().articles.filter((a) => !isPublic(a));
    expect(hidden.length).toBeGreaterThan(0);
    for (const path of ["/feed.xml", "/feed.atom", "/feed.json"]) {
      const text = await (await request.get(path)).text();
      for (const h of hidden) expect(text, `${path} leaks "${h.title}"`).not.toContain(h.title);
    }
  });
});
