import { describe, expect, it } from "vitest";
import { escapeXml, newsSitemapXml, urlsetXml } from "./xml";
import { parseSitemapFile, sitemapPaths } from "./files";

describe("sitemap XML", () => {
  it("escapes markup in titles and URLs", () => {
    expect(escapeXml(`Q&A: "5 < 6" isn't news`)).toBe("Q&amp;A: &quot;5 &lt; 6&quot; isn&apos;t news");
    const xml = newsSitemapXml({ name: "A & B" }, [
      { path: "/news/x?a=1&b=2", title: "<b>Big</b> & bold", language: "en", publishedAt: "2026-01-01T00:00:00.000Z", keywords: [] },
    ]);
    expect(xml).toContain("<news:name>A &amp; B</news:name>");
    expect(xml).toContain("<news:title>&lt;b&gt;Big&lt;/b&gt; &amp; bold</news:title>");
    expect(xml).toContain("/news/x?a=1&amp;b=2</loc>");
    expect(xml).not.toContain("<news:keywords>");
  });

  it("writes absolute locations with lastmod", () => {
    const xml = urlsetXml([{ path: "/category/world", lastmod: "2026-01-02T03:04:05.000Z" }]);
    expect(xml).toMatch(/<url><loc>https?:\/\/[^<]+\/category\/world<\/loc><lastmod>2026-01-02T03:04:05.000Z<\/lastmod><\/url>/);
  });

  it("maps child sitemap names both ways and rejects anything else", () => {
    expect(parseSitemapFile(sitemapPaths.articles(3).split("/").pop()!)).toEqual({ kind: "articles", chunk: 3 });
    expect(parseSitemapFile("topics.xml")).toEqual({ kind: "topics" });
    for (const bad of ["articles-0.xml", "articles-x.xml", "articles-1.xml.gz", "users.xml", "../sitemap.xml"]) {
      expect(parseSitemapFile(bad)).toBeNull();
    }
  });
});
