// Feeds built from hostile headlines stay well-formed XML and carry no live
// markup (issue 24). xmllint is the parser a feed reader would be.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { DistributedArticle } from "../queries/distribution/article";
import type { FeedScope } from "../queries/distribution/feeds";
import { newsSitemapXml } from "../sitemaps/xml";
import { buildFeed } from "./build-feed";
import { storyFixture } from "./story-fixture";

const CDATA_BREAKOUT = ']]>]]><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script><![CDATA[';
const LIVE_TAG = "<img src=x onerror=alert(1)>";

const story = (title: string, standfirst: string, bodyHtml?: string): DistributedArticle => ({
  ...storyFixture,
  id: 7,
  slug: "s",
  title,
  standfirst,
  topics: [],
  authors: [{ id: 3, slug: "sara", name: "Sara", xHandle: "" }],
  bodyHtml: bodyHtml ?? "<p>Body.</p>",
});
const scope: FeedScope = { kind: "site", slug: "", name: "", description: "", path: "/", language: "en" };
const build = (a: DistributedArticle, format: "rss" | "atom") => buildFeed(scope, [a], format, { mode: "full", defaultAgency: "APP" });

function xmllint(xml: string, ...args: string[]) {
  return spawnSync("xmllint", [...args, "-"], { input: xml, encoding: "utf8" });
}
const countElements = (xml: string, name: string) => Number(xmllint(xml, "--xpath", `count(//*[local-name()='${name}'])`).stdout.trim());

describe.each(["rss", "atom"] as const)("%s feed from hostile text", (format) => {
  it("lets no CDATA break-out become an element, however many ]]> it holds", () => {
    const xml = build(story(CDATA_BREAKOUT, CDATA_BREAKOUT, `<p title="${CDATA_BREAKOUT}">x</p>`), format);
    expect(xmllint(xml, "--noout").status).toBe(0);
    expect(countElements(xml, "script")).toBe(0);
  });

  it("sends a headline's markup as text in its HTML-typed fields", () => {
    const xml = build(story(`Floods ${LIVE_TAG}`, `Standfirst ${LIVE_TAG}`), format);
    // The field's value, read as a feed reader reads it (CDATA is text), is escaped HTML.
    const title = xmllint(xml, "--xpath", format === "rss" ? "string(//item/title)" : "string(//*[local-name()='entry']/*[local-name()='title'])").stdout.trimEnd();
    expect(title).toBe("Floods &lt;img src=x onerror=alert(1)&gt;");
    expect(xml).not.toContain(LIVE_TAG);
  });

  it("stays valid XML with a control character pasted into a headline", () => {
    const xml = build(story("Vote\u000Bcount\u0000 ends", "Tab\tstays"), format);
    expect(xmllint(xml, "--noout").status).toBe(0);
    expect(xml).toContain("Votecount ends");
  });
});

describe("news sitemap", () => {
  it("stays valid XML with a control character in a headline", () => {
    const xml = newsSitemapXml({ name: "N" }, [{ path: "/news/s", title: "Vote\u000Bcount", language: "en", publishedAt: "2026-03-01T10:00:00Z", keywords: [] }]);
    expect(xmllint(xml, "--noout").status).toBe(0);
  });
});
