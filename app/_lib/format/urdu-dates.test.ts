import { describe, expect, it } from "vitest";
import { formatUrduDateline, formatUrduPublished } from "./urdu-dates";
import { relativeTime } from "./dates";

const at = new Date("2025-01-13T10:50:00Z"); // 3:50 in the afternoon in Karachi

describe("Urdu dates", () => {
  it("prints the Urdu month and the configured digits", () => {
    expect(formatUrduPublished(at, "Asia/Karachi", "latin")).toMatch(/^13 جنوری 2025 \| 3:50 \S/);
    expect(formatUrduPublished(at, "Asia/Karachi", "arabic-indic")).toMatch(/^۱۳ جنوری ۲۰۲۵ \| ۳:۵۰ /);
    expect(formatUrduPublished(new Date("2025-12-01T05:00:00Z"), "Asia/Karachi", "latin")).toContain("دسمبر");
  });

  it("writes the Urdu dateline with place, agency, site and date", () => {
    expect(formatUrduDateline({ place: "اسلام آباد", agency: "اے پی پی", date: at }, "میریڈین نیوز", "Asia/Karachi", "latin")).toBe(
      "اسلام آباد (اے پی پی - میریڈین نیوز - 13 جنوری 2025)",
    );
  });

  it("relative times in Urdu with either digit system, English unchanged", () => {
    const now = new Date(at.getTime() + 3 * 3_600_000);
    expect(relativeTime(at, now, "ur", "latin")).toBe("3 گھنٹے پہلے");
    expect(relativeTime(at, now, "ur", "arabic-indic")).toBe("۳ گھنٹے پہلے");
    expect(relativeTime(at, now)).toBe("3 hours ago");
    expect(relativeTime(at, new Date(at.getTime() + 60_000))).toBe("1 minute ago");
    expect(relativeTime(at, at, "ur")).toBe("ابھی ابھی");
  });
});
