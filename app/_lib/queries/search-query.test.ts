import { describe, expect, it } from "vitest";
import { ftsMatchExpression, MARK_END, MARK_START, searchTerms, splitMarked, withoutLeading } from "./search-query";

describe("search input", () => {
  it("keeps words and drops query syntax", () => {
    expect(searchTerms('  "flood relief" AND NEAR(x y) -tax* ^title ')).toEqual(["flood", "relief", "and", "near", "x", "y", "tax", "title"]);
    expect(searchTerms('"""')).toEqual([]);
    expect(searchTerms("")).toEqual([]);
  });

  it("keeps other scripts", () => {
    expect(searchTerms("سیلاب کراچی")).toEqual(["سیلاب", "کراچی"]);
    expect(searchTerms("中国 经济")).toEqual(["中国", "经济"]);
  });

  it("bounds very long input", () => {
    const terms = searchTerms("word ".repeat(5000) + "x".repeat(5000));
    expect(terms.length).toBeLessThanOrEqual(8);
    expect(searchTerms("y".repeat(5000))[0].length).toBe(40);
  });

  it("quotes every word as an FTS5 string, prefix-matching longer words", () => {
    expect(ftsMatchExpression(["flood", "oil"])).toBe('"flood"* "oil"');
  });

  it("splits marked text into highlighted parts without interpreting HTML", () => {
    expect(splitMarked(`a ${MARK_START}<b>${MARK_END} c`)).toEqual([
      { text: "a ", match: false },
      { text: "<b>", match: true },
      { text: " c", match: false },
    ]);
  });

  it("drops a leading copy of the headline from the snippet", () => {
    const parts = splitMarked(`Big ${MARK_START}flood${MARK_END} in town\nThe ${MARK_START}flood${MARK_END} came at night…`);
    expect(withoutLeading(parts, "Big flood in town")).toEqual([
      { text: "The ", match: false },
      { text: "flood", match: true },
      { text: " came at night…", match: false },
    ]);
    expect(withoutLeading(parts, "Another headline")).toBe(parts);
  });
});
