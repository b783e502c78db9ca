import { describe, expect, it } from "vitest";
import { sanitizeBody } from "./sanitize";

describe("article body sanitizer", () => {
  it("drops scripts, event handlers and javascript: links", () => {
    const out = sanitizeBody(
      '<p onclick="alert(1)">Hi<script>alert(1)</script><a href="javascript:alert(1)">x</a><img src="x" onerror="alert(1)"></p>',
    );
    expect(out).not.toMatch(/script|onclick|onerror|javascript:/i);
    expect(out).toContain("<p>Hi");
  });

  it("keeps the editor's formatting and safe links", () => {
    const html = '<h2>Sub</h2><p><strong>b</strong> <em>i</em> <a href="/news/x">in</a></p><blockquote><p>q</p></blockquote>';
    expect(sanitizeBody(html)).toBe(html);
  });

  it("allows embeds only from allow-listed hosts", () => {
    expect(sanitizeBody('<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>')).toContain("youtube-nocookie");
    expect(sanitizeBody('<iframe src="https://evil.example/embed"></iframe>')).not.toContain("evil.example");
  });
});
