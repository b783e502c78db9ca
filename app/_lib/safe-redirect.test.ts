import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

const SITE = "https://news.example.com";

describe("safeRedirectPath", () => {
  it("keeps a path of this site", () => {
    expect(safeRedirectPath("/admin/articles/12", SITE, "/admin")).toBe("/admin/articles/12");
    expect(safeRedirectPath("/news/a-story?x=1#top", SITE, "/admin")).toBe("/news/a-story?x=1#top");
    expect(safeRedirectPath("https://news.example.com/admin", SITE, "/admin")).toBe("/admin");
  });

  // Each of these, sent as a Location, takes a browser to evil.example.
  it.each([
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "//evil.example",
    "\\\\evil.example",
    "https://evil.example",
    "http:evil.example",
    " //evil.example",
    "javascript:alert(1)",
    "https://news.example.com@evil.example/",
  ])("refuses %j", (to) => {
    expect(safeRedirectPath(to, SITE, "/admin")).toBe("/admin");
  });

  it("refuses a missing target", () => {
    expect(safeRedirectPath(null, SITE, "/admin")).toBe("/admin");
    expect(safeRedirectPath("", SITE, "/admin")).toBe("/admin");
  });
});
