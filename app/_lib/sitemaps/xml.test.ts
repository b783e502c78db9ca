import { execFileSync } from "node:child_process";
import path from "node:path";
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
    expect(parseSitemapFile(sitemapPaths.articles(3).split("/").pop()!)).toEqual({ kind: "articles", chunk: 3, language: "en" });
    expect(parseSitemapFile(sitemapPaths.articles(2, "ur").split("/").pop()!)).toEqual({ kind: "articles", chunk: 2, language: "ur" });
    expect(parseSitemapFile("topics.xml")).toEqual({ kind: "topics", language: "en" });
    expect(parseSitemapFile("ur-categories.xml")).toEqual({ kind: "categories", language: "ur" });
    expect(parseSitemapFile("index.xml")).toEqual({ kind: "index" });
    expect(parseSitemapFile("news.xml")).toEqual({ kind: "news" });
    for (const bad of ["articles-0.xml", "articles-x.xml", "articles-1.xml.gz", "users.xml", "../sitemap.xml", "ur-index.xml", "ur-news.xml", "ur-ur-topics.xml", "fr-topics.xml"]) {
      expect(parseSitemapFile(bad)).toBeNull();
    }
  });

  it("stays a valid Google News sitemap when nothing was published in the last 48 hours", () => {
    const xml = newsSitemapXml({ name: "Meridian News" }, []);
    // The schema the e2e sitemap tests use (sitemaps.org + Google News); xmllint exits non-zero when invalid.
    const schema = path.resolve(import.meta.dirname, "../../../e2e/schemas/news-sitemap.xsd");
    expect(() => execFileSync("xmllint", ["--noout", "--schema", schema, "-"], { input: xml, stdio: ["pipe", "pipe", "pipe"] })).not.toThrow();
    // One plain URL, the front page, and no story passed off as news.
    expect(xml.match(/<url>/g)).toHaveLength(1);
    expect(xml).toMatch(/<url><loc>https?:\/\/[^<]+\/<\/loc><\/url>/);
    expect(xml).not.toContain("<news:news>");
  });
});
