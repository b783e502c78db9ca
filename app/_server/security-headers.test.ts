import { describe, expect, it } from "vitest";
import { securityHeaderRules } from "./security-headers.cjs";

const keysFor = (rules: ReturnType<typeof securityHeaderRules>, source: string) =>
  rules.filter((r) => r.source === source).flatMap((r) => r.headers.map((h) => h.key));

describe("securityHeaderRules", () => {
  it("sends HSTS only for a site served over https", () => {
    expect(keysFor(securityHeaderRules({ siteUrl: "https://news.example.com" }), "/:path*")).toContain("Strict-Transport-Security");
    expect(keysFor(securityHeaderRules({ siteUrl: "http://localhost:3000" }), "/:path*")).not.toContain("Strict-Transport-Security");
  });

  it("forbids framing of the newsroom and the API", () => {
    const rules = securityHeaderRules();
    for (const source of ["/admin", "/admin/:path*", "/api/:path*"]) expect(keysFor(rules, source)).toEqual(["Content-Security-Policy", "X-Frame-Options"]);
  });
});
