// The public read API (/api/v1) as an app developer uses it: filters,
// pagination, errors naming the bad parameter, ETag revalidation, CORS, and
// never anything unpublished. Checked against the database.
import { expect, test } from "@playwright/test";
import { isPublic, portalSnapshot } from "./distribution-support";

type ApiArticle = {
  id: number;
  slug: string;
  url: string;
  title: string;
  publishedAt: string;
  modifiedAt: string;
  language: string;
  dateline: { place: string; agency: string; text: string };
  category: { slug: string; name: string; url: string };
  topics: { slug: string; name: string }[];
  authors: { slug: string; name: string; xHandle: string | null }[];
  image: { url: string; width: number; height: number } | null;
  bodyHtml?: string;
};
type ListBody = { data: ApiArticle[]; meta: { page: number; perPage: number; total: number; totalPages: number }; links: { next: string | null; prev: string | null } };

test.describe("distribution: public API v1", () => {
  test("lists published articles newest first, paginated, with stable fields", async ({ request }) => {
    const published = portalSnapshot().articles.filter((a) => isPublic(a));
    const res = await request.get("/api/v1/articles");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/json");
    const body = (await res.json()) as ListBody;
    expect(body.meta).toEqual({ page: 1, perPage: 20, total: published.length, totalPages: Math.ceil(published.length / 20) });
    expect(body.data.map((a) => a.slug)).toEqual(published.slice(0, 20).map((a) => a.slug));
    const first = body.data[0];
    const expected = published[0];
    expect(first).toMatchObject({
      id: expected.id,
      title: expected.title,
      publishedAt: expected.publishedAt,
      language: expected.language,
      category: { slug: expected.category.slug, name: expected.category.name },
      topics: expected.topics.map((t) => expect.objectContaining({ slug: t.slug, name: t.name })),
      authors: expected.authors.map((a) => expect.objectContaining({ slug: a.slug, name: a.name, xHandle: a.xHandle })),
      dateline: expect.objectContaining({ place: expected.datelinePlace, agency: expected.sourceAgency }),
    });
    // Each story's address in its own edition (Urdu stories live under /ur).
    expect(new URL(first.url).pathname).toBe(`${expected.language === "ur" ? "/ur" : ""}/news/${expected.slug}`);
    expect(first.bodyHtml).toBeUndefined();

    // Page 2 of 100 continues where page 1 stops; the last page links no further.
    const page2 = (await (await request.get("/api/v1/articles?perPage=100&page=2")).json()) as ListBody;
    expect(page2.data.map((a) => a.slug)).toEqual(published.slice(100, 200).map((a) => a.slug));
    expect(new URL(page2.links.prev!).searchParams.get("page")).toBe("1");
    const lastPage = Math.ceil(published.length / 100);
    const last = (await (await request.get(`/api/v1/articles?perPage=100&page=${lastPage}`)).json()) as ListBody;
    expect(last.data.map((a) => a.slug)).toEqual(published.slice((lastPage - 1) * 100).map((a) => a.slug));
    expect(last.links.next).toBeNull();
    const beyond = (await (await request.get("/api/v1/articles?page=50")).json()) as ListBody;
    expect(beyond.data).toEqual([]);
  });

  test("filters by category, topic, author, language and since", async ({ request }) => {
    const published = portalSnapshot().articles.filter((a) => isPublic(a));
    const cases = [
      { q: "category=sports", has: (a: (typeof published)[number]) => a.category.slug === "sports" },
      { q: "topic=cricket", has: (a: (typeof published)[number]) => a.topics.some((t) => t.slug === "cricket") },
      { q: "author=ayesha-siddiqui", has: (a: (typeof published)[number]) => a.authors.some((x) => x.slug === "ayesha-siddiqui") },
      { q: "language=en", has: (a: (typeof published)[number]) => a.language === "en" },
      { q: "category=sports&topic=cricket", has: (a: (typeof published)[number]) => a.category.slug === "sports" && a.topics.some((t) => t.slug === "cricket") },
    ];
    for (const c of cases) {
      const expected = published.filter(c.has);
      expect(expected.length, c.q).toBeGreaterThan(0);
      const body = (await (await request.get(`/api/v1/articles?${c.q}&perPage=100`)).json()) as ListBody;
      expect(body.meta.total, c.q).toBe(expected.length);
      expect(body.data.map((a) => a.slug), c.q).toEqual(expected.slice(0, 100).map((a) => a.slug));
    }
    const since = published[9].publishedAt!;
    const recent = (await (await request.get(`/api/v1/articles?since=${encodeURIComponent(since)}&perPage=100`)).json()) as ListBody;
    const expectedSince = published.filter((a) => a.publishedAt! >= since || (a.contentUpdatedAt ?? "") >= since);
    expect(recent.data.map((a) => a.slug)).toEqual(expectedSince.map((a) => a.slug));
    expect((await (await request.get("/api/v1/articles?category=no-such-section")).json()).data).toEqual([]);
  });

  test("bad parameters are a 400 naming the parameter", async ({ request }) => {
    const cases: [string, string][] = [
      ["perPage=101", "perPage"],
      ["perPage=0", "perPage"],
      ["page=0", "page"],
      ["page=two", "page"],
      ["since=yesterday", "since"],
      ["since=2025-13-45", "since"],
      ["language=fr", "language"],
      ["category=Not%20A%20Slug", "category"],
      ["topic=a&topic=b", "topic"],
    ];
    for (const [q, param] of cases) {
      const res = await request.get(`/api/v1/articles?${q}`);
      expect(res.status(), q).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string; fields: Record<string, string> } };
      expect(body.error.code, q).toBe("invalid_parameter");
      expect(Object.keys(body.error.fields), q).toEqual([param]);
      expect(body.error.message, q).toContain(param);
    }
  });

  test("one article by slug with its body; unpublished ones are 404", async ({ request }) => {
    const snapshot = portalSnapshot().articles;
    const a = snapshot.find((x) => isPublic(x) && x.heroFile)!;
    const res = await request.get(`/api/v1/articles/${a.slug}`);
    expect(res.status()).toBe(200);
    const { data } = (await res.json()) as { data: ApiArticle };
    expect(data.title).toBe(a.title);
    expect(new URL(data.image!.url).pathname).toBe(`/media/${a.heroFile}`);
    expect(data.bodyHtml!.length).toBeGreaterThan(200);
    expect(data.bodyHtml).not.toMatch(/(src|href)="\/(?!\/)/);

    for (const hidden of snapshot.filter((x) => !isPublic(x))) {
      const r = await request.get(`/api/v1/articles/${hidden.slug}`);
      expect(r.status(), `${hidden.status} ${hidden.slug}`).toBe(404);
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
    const list = (await (await request.get("/api/v1/articles?perPage=100&page=1")).json()) as ListBody;
    const page2 = (await (await request.get("/api/v1/articles?perPage=100&page=2")).json()) as ListBody;
    const listed = new Set([...list.data, ...page2.data].map((x) => x.slug));
    for (const hidden of snapshot.filter((x) => !isPublic(x))) expect(listed.has(hidden.slug)).toBe(false);
  });

  test("ETag revalidation, caching and CORS", async ({ request }) => {
    const res = await request.get("/api/v1/articles?category=world", { headers: { Origin: "https://app.example.org" } });
    expect(res.status()).toBe(200);
    const etag = res.headers()["etag"];
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(res.headers()["cache-control"]).toContain("public");
    expect(res.headers()["access-control-allow-origin"]).toBe("*");

    const again = await request.get("/api/v1/articles?category=world", { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    expect(again.headers()["etag"]).toBe(etag);
    expect(await again.text()).toBe("");
    const other = await request.get("/api/v1/articles?category=sports", { headers: { "If-None-Match": etag } });
    expect(other.status()).toBe(200);

    const preflight = await request.fetch("/api/v1/articles", {
      method: "OPTIONS",
      headers: { Origin: "https://app.example.org", "Access-Control-Request-Method": "GET" },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  });

  test("categories, topics and authors with their published article counts", async ({ request }) => {
    const snapshot = portalSnapshot();
    const published = snapshot.articles.filter((a) => isPublic(a));
    const categories = (await (await request.get("/api/v1/categories")).json()) as { data: { slug: string; name: string; articleCount: number; url: string; feed: string }[] };
    expect(categories.data.map((c) => c.slug).sort()).toEqual(snapshot.categories.map((c) => c.slug).sort());
    for (const c of categories.data) {
      expect(c.articleCount, c.slug).toBe(published.filter((a) => a.category.slug === c.slug).length);
      expect(new URL(c.feed).pathname).toBe(`/feeds/category/${c.slug}/rss.xml`);
    }
    const topics = (await (await request.get("/api/v1/topics")).json()) as { data: { slug: string; articleCount: number }[] };
    const cricket = topics.data.find((t) => t.slug === "cricket")!;
    expect(cricket.articleCount).toBe(published.filter((a) => a.topics.some((t) => t.slug === "cricket")).length);
    const authors = (await (await request.get("/api/v1/authors")).json()) as { data: { slug: string; name: string; xHandle: string | null; articleCount: number }[] };
    const ayesha = authors.data.find((a) => a.slug === "ayesha-siddiqui")!;
    expect(ayesha.articleCount).toBe(published.filter((a) => a.authors.some((x) => x.slug === "ayesha-siddiqui")).length);
    expect(Object.keys(ayesha).sort()).toEqual(
      ["articleCount", "bio", "facebookUrl", "feed", "id", "instagramHandle", "linkedinUrl", "name", "slug", "url", "websiteUrl", "xHandle"].sort(),
    );
  });
});
