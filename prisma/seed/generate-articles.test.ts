// The demo newsroom a new user sees after `npm start`: no section repeats a headline.
import { describe, expect, it } from "vitest";
import { generateArticles } from "./generate-articles";

describe("demo seed articles", () => {
  it("never repeat a headline (the opinion section once showed one piece five times)", () => {
    const all = generateArticles({ published: 170, withUnpublished: true, imageCount: 27 });
    const seen = new Map<string, number>();
    for (const a of all) seen.set(a.title, (seen.get(a.title) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
  });
});
