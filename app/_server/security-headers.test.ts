import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { newsroomPolicy, readerPagePolicy, scriptHash, securityHeaderRules } from "./security-headers.cjs";

const keysFor = (rules: ReturnType<typeof securityHeaderRules>, source: string) =>
  rules.filter((r) => r.source === source).flatMap((r) => r.headers.map((h) => h.key));

describe("securityHeaderRules", () => {
  it("sends HSTS only for a site served over https", () => {
    expect(keysFor(securityHeaderRules({ siteUrl: "https://news.example.com" }), "/:path*")).toContain("Strict-Transport-Security");
    expect(keysFor(securityHeaderRules({ siteUrl: "http://localhost:3000" }), "/:path*")).not.toContain("Strict-Transport-Security");
  });

  it("forbids framing of the newsroom and the API", () => {
    const rules = securityHeaderRules();
    expect(keysFor(rules, "/api/:path*")).toEqual(["Content-Security-Policy", "X-Frame-Options"]);
    // The newsroom's pages get their policy (with a nonce) from proxy.ts.
    for (const source of ["/admin", "/admin/:path*"]) expect(keysFor(rules, source)).toEqual(["X-Frame-Options"]);
  });

  it("lets a runtime-free reader page run exactly its own inline scripts", () => {
    const policy = readerPagePolicy(["a()", "b()", "a()"]);
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe(`script-src ${scriptHash("a()")} ${scriptHash("b()")}`);
    // The value a browser computes for <script>a()</script>.
    expect(scriptHash("a()")).toBe(`'sha256-${createHash("sha256").update("a()").digest("base64")}'`);
    expect(policy).not.toContain("unsafe-inline'; script");
    expect(readerPagePolicy([])).toContain("script-src 'none'");
  });

  it("gives the newsroom a nonce, the theme script's hash and strict-dynamic", () => {
    expect(newsroomPolicy("abc", ["t()"])).toContain(`script-src 'nonce-abc' ${scriptHash("t()")} 'strict-dynamic'`);
    expect(newsroomPolicy("abc")).toContain("frame-ancestors 'none'");
  });
});
