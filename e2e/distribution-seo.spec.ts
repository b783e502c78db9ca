// What search engines and social networks read from real pages: metadata,
// Open Graph / X cards, NewsArticle and WebSite structured data, social images.
// Every value is checked against the article in the database.
import { expect, test } from "@playwright/test";
import { isPublic, jsonLdNodes, ldNode, metaContent, pngSize, portalSnapshot } from "./distribution-support";

const pathOf = (url: string) => new URL(url).pathname;

function updatedArticle() {
  // The seed updates one published story after publication (contentUpdatedAt).
  const a = portalSnapshot().articles.find((x) => isPublic(x) && x.contentUpdatedAt && x.heroFile);
  if (!a) throw new Error("the seed has no updated story with an image");
  return a;
}

test.describe("distribution: metadata and structured data", () => {
  test("an article page carries NewsArticle and BreadcrumbList JSON-LD matching the article", async ({ page, request }) => {
    const a = updatedArticle();
    await page.goto(`/news/${a.slug}`);
    const nodes = await jsonLdNodes(page);
    const article = ldNode(nodes, "NewsArticle");

    expect(article.headline).toBe(a.title);
    expect(article.description).toBe(a.seoDescription || a.standfirst);
    expect(article.datePublished).toBe(a.firstPublishedAt ?? a.publishedAt);
    expect(article.dateModified).toBe(a.contentUpdatedAt);
    expect(article.articleSection).toBe(a.category.name);
    expect(article.keywords).toEqual(a.topics.map((t) => t.name));
    expect(article.inLanguage).toBe(a.language);
    expect(article.isAccessibleForFree).toBe(true);
    // The dateline is the one readers see at the top of the body.
    expect(article.dateline).toContain(a.datelinePlace);
    expect(article.dateline).toContain(a.sourceAgency);
    await expect(page.locator(".article-body .dateline")).toHaveText(article.dateline as string);

    const mainEntity = article.mainEntityOfPage as { "@type": string; "@id": string };
    expect(mainEntity["@type"]).toBe("WebPage");
    expect(pathOf(mainEntity["@id"])).toBe(`/news/${a.slug}`);

    const authors = article.author as { "@type": string; name: string; url: string; sameAs: string[] }[];
    expect(authors.map((p) => p.name)).toEqual(a.authors.map((x) => x.name));
    for (const [i, person] of authors.entries()) {
      const expected = a.authors[i];
      expect(person["@type"]).toBe("Person");
      expect(pathOf(person.url)).toBe(`/author/${expected.slug}`);
      if (expected.xHandle) expect(person.sameAs).toContain(`https://x.com/${expected.xHandle}`);
    }

    const publisher = article.publisher as { "@type": string; name: string; logo: { url: string } };
    expect(publisher["@type"]).toBe("NewsMediaOrganization");
    expect(publisher.name).toBe("Meridian News");
    const logo = await request.get(pathOf(publisher.logo.url));
    expect(logo.status()).toBe(200);
    expect(logo.headers()["content-type"]).toBe("image/png");

    const images = (article.image as { url: string }[]).map((i) => pathOf(i.url));
    expect(images).toContain(`/media/${a.heroFile}`);
    expect(images).toContain(`/og/news/${a.slug}`);

    const crumbs = ldNode(nodes, "BreadcrumbList").itemListElement as { position: number; name: string; item: string }[];
    expect(crumbs.map((c) => [c.position, c.name, pathOf(c.item)])).toEqual([
      [1, "Home", "/"],
      [2, a.category.name, `/category/${a.category.slug}`],
      [3, a.title, `/news/${a.slug}`],
    ]);
  });

  test("an article page has canonical, Open Graph article and X card metadata", async ({ page, request }) => {
    const a = updatedArticle();
    await page.goto(`/news/${a.slug}`);
    await expect(page).toHaveTitle(`${a.title} | Meridian News`);
    expect(pathOf((await page.locator('head link[rel="canonical"]').getAttribute("href"))!)).toBe(`/news/${a.slug}`);
    expect(await metaContent(page, "name", "description")).toEqual([a.seoDescription || a.standfirst]);
    expect(await metaContent(page, "property", "og:type")).toEqual(["article"]);
    expect(await metaContent(page, "property", "og:title")).toEqual([a.title]);
    expect(await metaContent(page, "property", "og:locale")).toEqual(["en_US"]);
    expect(await metaContent(page, "property", "article:published_time")).toEqual([a.firstPublishedAt ?? a.publishedAt]);
    expect(await metaContent(page, "property", "article:modified_time")).toEqual([a.contentUpdatedAt]);
    expect(await metaContent(page, "property", "article:section")).toEqual([a.category.name]);
    expect(await metaContent(page, "property", "article:tag")).toEqual(a.topics.map((t) => t.name));
    expect(await metaContent(page, "property", "og:image:width")).toEqual(["1200"]);
    expect(await metaContent(page, "property", "og:image:height")).toEqual(["630"]);
    expect(await metaContent(page, "name", "twitter:card")).toEqual(["summary_large_image"]);
    expect(await metaContent(page, "name", "twitter:site")).toEqual(["@MeridianNewsHQ"]);
    const handle = a.authors.find((x) => x.xHandle)?.xHandle;
    expect(await metaContent(page, "name", "twitter:creator")).toEqual(handle ? [`@${handle}`] : []);

    // The social card exists and is 1200x630.
    const [ogImage] = await metaContent(page, "property", "og:image");
    expect(pathOf(ogImage)).toBe(`/og/news/${a.slug}`);
    const png = await request.get(pathOf(ogImage));
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });

    // Feeds are announced in the head: the section's and the site's.
    const feeds = await page.locator('head link[rel="alternate"][type="application/rss+xml"]').evaluateAll((els) => els.map((e) => e.getAttribute("href")!));
    expect(feeds.map(pathOf)).toEqual([`/feeds/category/${a.category.slug}/rss.xml`, "/feed.xml"]);
  });

  test("the front page describes the site with a search action and the organization", async ({ page, request }) => {
    await page.goto("/");
    const nodes = await jsonLdNodes(page);
    const website = ldNode(nodes, "WebSite");
    expect(website.name).toBe("Meridian News");
    const action = website.potentialAction as { "@type": string; target: { urlTemplate: string }; "query-input": string };
    expect(action["@type"]).toBe("SearchAction");
    expect(action.target.urlTemplate).toMatch(/\/search\?q=\{search_term_string\}$/);
    expect(action["query-input"]).toBe("required name=search_term_string");
    const org = ldNode(nodes, "NewsMediaOrganization");
    expect(org.name).toBe("Meridian News");
    expect(pathOf((org.logo as { url: string }).url)).toBe("/logo.png");
    expect(pathOf((await page.locator('head link[rel="canonical"]').getAttribute("href"))!)).toBe("/");

    const [ogImage] = await metaContent(page, "property", "og:image");
    const png = await request.get(pathOf(ogImage));
    expect(png.status()).toBe(200);
    expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
  });

  test("a section page has its canonical URL and its own feed in the head", async ({ page }) => {
    await page.goto("/category/business");
    await expect(page).toHaveTitle("Business | Meridian News");
    expect(pathOf((await page.locator('head link[rel="canonical"]').getAttribute("href"))!)).toBe("/category/business");
    const atom = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').first().getAttribute("href");
    expect(pathOf(atom!)).toBe("/feeds/category/business/atom.xml");
  });

  test("crawlers are kept out of the newsroom and search, and the API is not indexed", async ({ request }) => {
    for (const path of ["/admin", "/search?q=budget", "/api/health"]) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.headers()["x-robots-tag"], path).toContain("noindex");
    }
  });
});
