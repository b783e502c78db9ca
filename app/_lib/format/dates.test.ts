import { describe, expect, it } from "vitest";
import { formatDateline, formatPublished, ordinal, relativeTime } from "./dates";

describe("reader-facing dates", () => {
  const date = new Date("2025-01-13T10:50:00Z"); // 15:50 in Karachi

  it("formats the published line in the site time zone", () => {
    expect(formatPublished(date, "Asia/Karachi")).toBe("January 13, 2025 | 03:50 PM");
    expect(formatPublished(date, "UTC")).toBe("January 13, 2025 | 10:50 AM");
  });

  it("writes the wire dateline with an ordinal day", () => {
    expect(formatDateline({ place: "Moscow", agency: "APP", date }, "Meridian News", "Asia/Karachi")).toBe(
      "Moscow, (APP - Meridian News - 13th Jan, 2025)",
    );
  });

  it("uses English ordinals, including the teens", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
      "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th",
    ]);
  });

  it("labels relative times the way readers expect", () => {
    const now = new Date("2025-01-13T12:00:00Z");
    const ago = (ms: number) => relativeTime(new Date(now.getTime() - ms), now);
    expect(ago(25 * 60_000)).toBe("25 minutes ago");
    expect(ago(60 * 60_000)).toBe("1 hour ago");
    expect(ago(3 * 86_400_000)).toBe("3 days ago");
    expect(ago(10_000)).toBe("just now");
  });
});
