import { describe, expect, it } from "vitest";
import { renderBodyHtml } from "./body";
import { embedSrc } from "./extensions";

describe("embeds", () => {
  it("accept YouTube and X addresses only", () => {
    expect(embedSrc("https://www.youtube.com/watch?v=dQw4w9WgXcQ")).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    expect(embedSrc("https://youtu.be/dQw4w9WgXcQ")).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    expect(embedSrc("https://x.com/someone/status/1234567890123")).toBe("https://platform.twitter.com/embed/Tweet.html?id=1234567890123");
    expect(embedSrc("https://evil.example/watch?v=dQw4w9WgXcQ")).toBeNull();
    expect(embedSrc("javascript:alert(1)")).toBeNull();
  });

  it("render as a sanitized iframe, and a forged src renders nothing", () => {
    const ok = renderBodyHtml({ type: "doc", content: [{ type: "embed", attrs: { src: "https://youtu.be/dQw4w9WgXcQ" } }] });
    expect(ok).toContain('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    const forged = renderBodyHtml({ type: "doc", content: [{ type: "embed", attrs: { src: "https://evil.example/x" } }] });
    expect(forged).not.toContain("evil");
    expect(forged).not.toContain("<iframe");
  });
});
