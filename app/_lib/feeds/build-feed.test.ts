import { describe, expect, it } from "vitest";
import type { FeedScope } from "../queries/distribution/feeds";
import { absolutizeHtml, feedHtml } from "./absolute-html";
import { articleGuid, buildFeed } from "./build-feed";
import { storyFixture as article } from "./story-fixture";

const site: FeedScope = { kind: "site", slug: "", name: "", description: "", path: "/", language: "en" };

describe("feeds", () => {
  it("makes every link and image in article HTML absolute and keeps it sanitized", () => {
    const html = feedHtml(article.bodyHtml!, "https://news.example.com");
    expect(html).toContain('href="https://news.example.com/topic/monsoon"');
    expect(html).toContain('src="https://news.example.com/media/a.webp"');
    expect(html).toContain("https://news.example.com/media/a-400.webp 400w, https://news.example.com/media/a-800.webp 800w");
    expect(html).not.toContain("<script");
    expect(absolutizeHtml('<a href="https://other.org/x">x</a><a href="//cdn.org/y">y</a>', "https://s")).toBe('<a href="https://other.org/x">x</a><a href="//cdn.org/y">y</a>');
  });

  it("writes every format for a story without a byline (JSON Feed answered 500 before)", () => {
    const unsigned = { ...article, authors: [] };
    for (const format of ["rss", "atom", "json"] as const) {
      expect(buildFeed(site, [unsigned], format, { mode: "full", defaultAgency: "" })).toContain(article.title);
    }
    const json = JSON.parse(buildFeed(site, [unsigned], "json", { mode: "full", defaultAgency: "" })) as { items: { author?: unknown }[] };
    expect(json.items[0].author).toBeUndefined();
  });

  it("carries the full story in full mode and only the summary in summary mode", () => {
    const full = buildFeed(site, [article], "rss", { mode: "full", defaultAgency: "" });
    expect(full).toContain("<content:encoded>");
    expect(full).toContain("Sukkur, (APP - ");
    expect(full).toContain("<dc:creator>Sara Qureshi</dc:creator>");
    expect(full).toContain(`<guid isPermaLink="false">${articleGuid(42)}</guid>`);
    expect(full).toContain("<pubDate>Sun, 01 Mar 2026 10:00:00 GMT</pubDate>");
    const summary = buildFeed(site, [article], "rss", { mode: "summary", defaultAgency: "" });
    expect(summary).not.toContain("<content:encoded>");
    expect(summary).toContain("Officials warn of flooding downstream.");
    // dc:creator still needs its namespace without content.
    expect(summary).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    const json = JSON.parse(buildFeed(site, [article], "json", { mode: "summary", defaultAgency: "" })) as { items: { content_html?: string; summary?: string }[] };
    // JSON Feed needs some content: the summary stands in for the body.
    expect(json.items[0].content_html).toBe(article.standfirst);
  });

  it("names the Urdu edition's feeds by the site's Urdu name, as its pages are", () => {
    const urdu: FeedScope = { ...site, language: "ur", path: "/ur" };
    const rss = buildFeed(urdu, [article], "rss", { mode: "summary", defaultAgency: "", urduSiteName: "میریڈین نیوز" });
    expect(rss).toContain("<title>میریڈین نیوز</title>");
    const topic: FeedScope = { ...urdu, kind: "topic", slug: "sailab", name: "سیلاب" };
    expect(JSON.parse(buildFeed(topic, [article], "json", { mode: "summary", defaultAgency: "", urduSiteName: "میریڈین نیوز" })).title).toBe("سیلاب | میریڈین نیوز");
    expect(buildFeed(site, [article], "rss", { mode: "summary", defaultAgency: "", urduSiteName: "میریڈین نیوز" })).not.toContain("میریڈین نیوز");
  });
});
