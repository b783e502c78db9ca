import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("makes lower-case hyphenated ASCII words and folds accents", () => {
    expect(slugify("Café owners in São Paulo: 'We're open!'")).toBe("cafe-owners-in-sao-paulo-we-re-open");
  });

  it("keeps at most 80 characters and never ends on a hyphen", () => {
    const slug = slugify(`${"a".repeat(79)} b c`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug).toBe("a".repeat(79));
  });

  it("gives an empty slug for text with no letters or digits", () => {
    expect(slugify("¿¡—!?")).toBe("");
  });
});
