import { describe, expect, it } from "vitest";
import type { ArticleFull } from "../queries/shapes";
import { articleDateline } from "../content/dateline";
import { newsArticleJsonLd } from "./json-ld";

const article: ArticleFull = {
  id: 7,
  slug: "canal-reopens",
  title: "Canal reopens after repairs",
  standfirst: "Barges move again on the upper reach.",
  publishedAt: "2026-01-01T06:00:00.000Z",
  firstPublishedAt: "2026-01-01T06:00:00.000Z",
  contentUpdatedAt: null,
  updatedAt: "2026-01-01T06:00:00.000Z",
  isBreaking: false,
  category: { id: 1, slug: "pakistan", name: "Pakistan" },
  hero: null,
  bodyHtml: "<p>Barges moved again.</p>",
  datelinePlace: "Lahore",
  sourceAgency: "",
  language: "en",
  seoTitle: "",
  seoDescription: "",
  correctionNote: "",
  authors: [],
  topics: [],
};

describe("NewsArticle structured data", () => {
  it("carries the dateline readers see, with the desk's default agency for a story that names none", () => {
    const jsonLd = newsArticleJsonLd(article, [], "MNA");
    expect(jsonLd.dateline).toBe(articleDateline(article, "MNA").text);
    expect(jsonLd.dateline).toMatch(/^Lahore, \(MNA - .+ - 1st Jan, 2026\)$/);
  });

  it("keeps a story's own agency over the default", () => {
    expect(newsArticleJsonLd({ ...article, sourceAgency: "APP" }, [], "MNA").dateline).toMatch(/^Lahore, \(APP - /);
  });
});
