import { describe, expect, it } from "vitest";
import { isDecodablePath } from "./malformed-path.cjs";

describe("isDecodablePath", () => {
  it.each(["/news/%ff", "/%c0%ae%c0%ae/etc", "/api/v1/articles/%ff", "/media/%e0%a4%a", "/x%zz", "/feeds/category/%00/rss.xml"])("refuses %s", (url) => {
    expect(isDecodablePath(url)).toBe(false);
  });

  it.each(["/", "/news/a-story", "/search/100%25/1", "/topic/%D8%A7%D8%B1%D8%AF%D9%88", "/news/ok?q=%ff"])("keeps %s", (url) => {
    expect(isDecodablePath(url)).toBe(true);
  });
});
