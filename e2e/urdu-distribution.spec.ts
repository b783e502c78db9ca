// The Urdu edition's distribution, read as feed readers and crawlers read it
// (xmllint for the XML, checked against the e2e database): its own feeds with
// <language>ur</language> and /ur/ links, English feeds without Urdu stories,
// its own sitemaps listed in the index, reciprocal absolute hreflang alternates
// for every linked translation (none for the others), and the Google News
// sitemap naming each story's language.
import { execFileSync } from "node:child_process";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { isPublic, locPaths, portalSnapshot, SCHEMAS, validateXml } from "./distribution-support";

const xpath = (xml: string, expr: string) =>
  execFileSync("xmllint", ["--xpath", expr, "-"], { input: xml, stdio: ["pipe", "pipe", "pipe"] })
    .toString()
    .trim();

async function xml(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return res.text();
}

/** <url> entries of a sitemap: loc -> its hreflang alternates (hreflang -> absolute href). */
function alternatesOf(sitemap: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [, url] of sitemap.matchAll(/<url>(.*?)<\/url>/g)) {
    const loc = /<loc>([^<]+)<\/loc>/.exec(url)![1];
    out.set(
      loc,
      new Map(
        [...url.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]),
      ),
    );
  }
  return out;
}

test.describe("Urdu edition: feeds and sitemaps", () => {
  test("the Urdu feeds carry the Urdu stories, in Urdu, at their /ur addresses; the English ones none of them", async ({
    request,
  }) => {
    const stories = portalSnapshot().articles.filter((a) => isPublic(a));
    const urdu = stories.filter((a) => a.language === "ur").slice(0, 50);
    expect(urdu.length).toBeGreaterThanOrEqual(50);

    const rss = await xml(request, "/ur/feed.xml");
    expect(xpath(rss, "string(/rss/channel/language)")).toBe("ur");
    // The Urdu edition's name (site setting urduSiteName, at its default here) as on its pages, not the English one.
    expect(xpath(rss, "string(/rss/channel/title)")).toBe("میریڈین نیوز");
    expect(new URL(xpath(rss, "string(/rss/channel/link)")).pathname).toBe("/ur");
    const links = [...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]).pathname);
    expect(links).toEqual(urdu.map((a) => `/ur/news/${a.slug}`));
    expect(rss).toContain("مُحَمَّد");

    const atom = await xml(request, "/ur/feed.atom");
    expect(xpath(atom, "count(//*[local-name()='entry'])")).toBe(String(urdu.length));
    const json = (await (await request.get("/ur/feed.json")).json()) as { items: { url: string }[]; feed_url: string };
    expect(json.items.map((i) => new URL(i.url).pathname)).toEqual(urdu.map((a) => `/ur/news/${a.slug}`));
    expect(new URL(json.feed_url).pathname).toBe("/ur/feed.json");

    const english = await xml(request, "/feed.xml");
    expect(xpath(english, "string(/rss/channel/language)")).toBe("en");
    const englishLinks = [...english.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(
      (m) => new URL(m[1]).pathname,
    );
    expect(englishLinks.length).toBe(50);
    const urduPaths = new Set(stories.filter((a) => a.language === "ur").map((a) => `/news/${a.slug}`));
    expect(englishLinks.filter((p) => urduPaths.has(p) || p.startsWith("/ur/"))).toEqual([]);
  });

  test("an Urdu section has its own feeds: its Urdu stories only, at /ur addresses, named in Urdu", async ({ request }) => {
    const stories = portalSnapshot().articles.filter((a) => isPublic(a));
    const expected = stories.filter((a) => a.language === "ur" && a.category.slug === "world").slice(0, 50).map((a) => `/ur/news/${a.slug}`);
    expect(expected.length).toBeGreaterThan(0);
    const rss = await xml(request, "/ur/feeds/category/world/rss.xml");
    expect(xpath(rss, "string(/rss/channel/language)")).toBe("ur");
    expect(xpath(rss, "string(/rss/channel/title)")).toBe("دنیا | میریڈین نیوز");
    expect(new URL(xpath(rss, "string(/rss/channel/link)")).pathname).toBe("/ur/category/world");
    expect([...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]).pathname)).toEqual(expected);
    const json = (await (await request.get("/ur/feeds/category/world/feed.json")).json()) as { items: { url: string }[]; feed_url: string };
    expect(json.items.map((i) => new URL(i.url).pathname)).toEqual(expected);
    expect(new URL(json.feed_url).pathname).toBe("/ur/feeds/category/world/feed.json");
    // The English feed of the same section holds none of them.
    const english = await xml(request, "/feeds/category/world/rss.xml");
    const englishLinks = [...english.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]).pathname);
    expect(englishLinks.filter((p) => p.startsWith("/ur/") || expected.includes(`/ur${p}`))).toEqual([]);
    // A section with no Urdu name, and an unknown kind or file, are 404s that say why.
    for (const path of ["/ur/feeds/category/no-such-section/rss.xml", "/ur/feeds/site/ur/rss.xml", "/ur/feeds/category/world/feed.txt"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      expect(await res.text(), path).toMatch(/^Not found\. /);
    }
  });

  test("the sitemap index lists the Urdu sitemaps: Urdu stories, sections and topics under /ur", async ({
    request,
  }) => {
    const snapshot = portalSnapshot();
    const index = await xml(request, "/sitemap.xml");
    const children = locPaths(index);
    for (const child of [
      "/sitemaps/ur-articles-1.xml",
      "/sitemaps/ur-categories.xml",
      "/sitemaps/ur-topics.xml",
      "/sitemaps/ur-authors.xml",
    ]) {
      expect(children).toContain(child);
    }
    const articles = await xml(request, "/sitemaps/ur-articles-1.xml");
    validateXml(articles, SCHEMAS.hreflang);
    const publicUrdu = snapshot.articles
      .filter((a) => isPublic(a) && a.language === "ur")
      .map((a) => `/ur/news/${a.slug}`);
    expect(new Set(locPaths(articles))).toEqual(new Set(publicUrdu));

    const sections = await xml(request, "/sitemaps/ur-categories.xml");
    validateXml(sections, SCHEMAS.hreflang);
    expect(new Set(locPaths(sections))).toEqual(new Set(snapshot.categories.map((c) => `/ur/category/${c.slug}`)));
    const topics = locPaths(await xml(request, "/sitemaps/ur-topics.xml"));
    expect(topics.length).toBeGreaterThan(10);
    expect(topics.every((p) => p.startsWith("/ur/topic/"))).toBe(true);
    expect(topics).toContain("/ur/topic/urdu-literature");
    const authors = locPaths(await xml(request, "/sitemaps/ur-authors.xml"));
    expect(authors).toEqual(expect.arrayContaining(["/ur/author/rabia-anwar", "/ur/author/kashif-nadeem"]));
    // The English sitemaps keep to English addresses.
    expect(locPaths(await xml(request, "/sitemaps/articles-1.xml")).every((p) => p.startsWith("/news/"))).toBe(true);
    expect(locPaths(await xml(request, "/sitemaps/topics.xml"))).not.toContain("/topic/urdu-literature");
  });

  test("hreflang alternates are absolute and reciprocal for every translated pair, and absent for the rest", async ({
    request,
  }) => {
    const en = alternatesOf(await xml(request, "/sitemaps/articles-1.xml"));
    const ur = alternatesOf(await xml(request, "/sitemaps/ur-articles-1.xml"));
    const all = new Map([...en, ...ur]);
    const linked = [...ur].filter(([, alts]) => alts.size > 0);
    // The demo links 15 Urdu stories to English ones (prisma/seed/urdu).
    expect(linked).toHaveLength(15);
    for (const [loc, alts] of linked) {
      expect([...alts.keys()].sort()).toEqual(["en", "ur", "x-default"]);
      expect(alts.get("ur")).toBe(loc);
      expect(alts.get("x-default")).toBe(alts.get("en"));
      for (const href of alts.values()) expect(href).toMatch(/^https?:\/\/[^/]+\//);
      // The English page lists exactly the same alternates.
      const english = all.get(alts.get("en")!);
      expect(english, alts.get("en")).toBeTruthy();
      expect(Object.fromEntries(english!)).toEqual(Object.fromEntries(alts));
      expect(new URL(alts.get("en")!).pathname).toMatch(/^\/news\//);
    }
    expect([...en].filter(([, alts]) => alts.size > 0)).toHaveLength(15);
    // An unlinked story has none.
    expect(
      ur.get([...ur.keys()].find((loc) => loc.endsWith("/ur/news/quaid-e-azam-remembrance-13-cities"))!)!.size,
    ).toBe(0);
  });

  test("the Google News sitemap names each story's language and its edition's address", async ({ request }) => {
    const news = await xml(request, "/news-sitemap.xml");
    validateXml(news, SCHEMAS.news);
    const entries = [...news.matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1]);
    const urdu = entries.filter((e) => e.includes("<news:language>ur</news:language>"));
    const english = entries.filter((e) => e.includes("<news:language>en</news:language>"));
    expect(urdu.length).toBeGreaterThan(0);
    expect(english.length).toBeGreaterThan(0);
    expect(urdu.length + english.length).toBe(entries.length);
    for (const e of urdu) expect(new URL(/<loc>([^<]+)<\/loc>/.exec(e)![1]).pathname).toMatch(/^\/ur\/news\//);
    for (const e of english) expect(new URL(/<loc>([^<]+)<\/loc>/.exec(e)![1]).pathname).toMatch(/^\/news\//);
    expect(xpath(news, "string((//*[local-name()='language'][.='ur'])[1]/../../*[local-name()='title'])")).toMatch(
      /[\u0600-\u06FF]/,
    );
  });
});
