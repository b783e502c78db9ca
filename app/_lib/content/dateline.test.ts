import { describe, expect, it } from "vitest";
import { articleDateline, withDateline } from "./dateline";

describe("dateline run into the body", () => {
  it("opens the first paragraph with the dateline", () => {
    expect(withDateline("<p>The talks ended.</p><p>Second.</p>", "Moscow, (APP - Meridian News - 13th Jan, 2025)")).toBe(
      '<p><span class="dateline">Moscow, (APP - Meridian News - 13th Jan, 2025)</span> The talks ended.</p><p>Second.</p>',
    );
  });

  it("escapes editor-typed places so they cannot inject markup", () => {
    expect(withDateline("<p>x</p>", '<img src=x onerror="alert(1)">')).toBe(
      '<p><span class="dateline">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</span> x</p>',
    );
  });

  it("gives the dateline its own paragraph when the body opens with something else", () => {
    expect(withDateline("<h2>Sub</h2><p>x</p>", "Lahore, (Meridian News - 1st Feb, 2025)")).toBe(
      '<p><span class="dateline">Lahore, (Meridian News - 1st Feb, 2025)</span></p><h2>Sub</h2><p>x</p>',
    );
  });
});

describe("a story's dateline parts", () => {
  const story = { datelinePlace: "Sukkur", sourceAgency: "", publishedAt: "2026-03-01T10:00:00.000Z" };

  it("uses the desk's default agency when the story names none, and the story's own otherwise", () => {
    expect(articleDateline(story, "MNA")).toMatchObject({ place: "Sukkur", agency: "MNA" });
    expect(articleDateline(story, "MNA").text).toMatch(/^Sukkur, \(MNA - .+ - 1st Mar, 2026\)$/);
    expect(articleDateline({ ...story, sourceAgency: "APP" }, "MNA").agency).toBe("APP");
    expect(articleDateline(story, "").text).not.toContain("MNA");
  });
});
