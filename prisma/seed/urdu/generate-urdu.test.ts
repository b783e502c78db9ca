// The Urdu desk a new user sees after `npm start`: enough stories in every
// section, no repeated headline, no unfilled slot, translations that carry the
// English story's place and numbers, and the story the search tests look for.
import { describe, expect, it } from "vitest";
import { generateArticles } from "../generate-articles";
import { CATEGORIES } from "../newsroom";
import { generateUrduArticles, parseEnglish } from "./generate-urdu";
import { URDU_PUBLISHED, URDU_TRANSLATIONS } from "./seed-urdu";

const now = new Date("2026-12-06T00:00:00Z");
const english = generateArticles({ published: 170, now, withUnpublished: true, imageCount: 27 });
const urdu = generateUrduArticles({ published: URDU_PUBLISHED, translations: URDU_TRANSLATIONS, now, english });

describe("Urdu demo stories", () => {
  it("are at least 60, published in the past, in every section, deterministic", () => {
    expect(urdu.length).toBeGreaterThanOrEqual(60);
    expect(urdu.every((a) => a.status === "published" && a.publishedAt! <= now)).toBe(true);
    for (const c of CATEGORIES)
      expect(urdu.filter((a) => a.categorySlug === c.slug).length, c.slug).toBeGreaterThanOrEqual(4);
    const again = generateUrduArticles({ published: URDU_PUBLISHED, translations: URDU_TRANSLATIONS, now, english });
    expect(again.map((a) => a.title)).toEqual(urdu.map((a) => a.title));
  });

  it("never repeat a headline or a slug, and leave no slot unfilled or English words in the headline", () => {
    expect(new Set(urdu.map((a) => a.title)).size).toBe(urdu.length);
    expect(new Set([...urdu, ...english].map((a) => a.slug)).size).toBe(urdu.length + english.length);
    for (const a of urdu) {
      const all = [
        a.title,
        a.standfirst,
        ...(JSON.stringify(a.bodyDoc).match(/"text":"[^"]*"/g) ?? []).map((m) => m.slice(8)),
      ].join(" ");
      expect(all, a.slug).not.toMatch(/[{}]|\$\d|[A-Za-z]{3}/);
      expect(a.title, a.slug).not.toMatch(/[A-Za-z]/);
      expect(a.slug, a.title).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it("translate 15 English stories, keeping their place and numbers", () => {
    const translations = urdu.filter((a) => a.translationOf);
    expect(translations).toHaveLength(URDU_TRANSLATIONS);
    for (const t of translations) {
      const en = english.find((e) => e.slug === t.translationOf)!;
      expect(t.categorySlug).toBe(en.categorySlug);
      for (const n of en.title.replace(/,000/g, "").match(/\d+/g) ?? []) expect(t.title, en.title).toContain(n);
    }
  });

  it("read an English headline's slots back from its template", () => {
    expect(
      parseEnglish(
        "Heatwave grips {place} as temperatures climb past {n:44-51} degrees",
        "Heatwave grips Kabul as temperatures climb past 47 degrees",
      ),
    ).toEqual({
      exact: true,
      place: "کابل",
      n: "47",
    });
    expect(
      parseEnglish(
        "Textile exports rise to ${n:1400-1800} million in {month}, trade data shows",
        "Textile exports rise to $1500 million in March, trade data shows",
      )?.month,
    ).toBe("مارچ");
    expect(parseEnglish("Talks in {place} end", "Something else")).toBeNull();
  });

  it("include the vocalised story with پاکستان and 13 that search must find", () => {
    const story = urdu.find((a) => a.title.includes("مُحَمَّد"))!;
    expect(story.title).toContain("پاکستان");
    expect(story.title).toContain("13");
  });
});
