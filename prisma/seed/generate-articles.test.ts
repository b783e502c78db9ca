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

  it("keep their numbers plausible (no heatwave past 880 degrees, no 640-run win)", () => {
    const text = generateArticles({ published: 2000, imageCount: 27 })
      .map((a) => `${a.title}\n${JSON.stringify(a.bodyDoc)}`)
      .join("\n");
    const limits: [RegExp, number, number][] = [
      [/past (\d+) degrees/g, 44, 51],
      [/by (\d+) runs/g, 12, 180],
      [/from (\d+) countries/g, 8, 60],
      [/across (\d+) cities/g, 6, 40],
      [/after (\d+) years/g, 25, 70],
      [/reach (\d+) million children/g, 10, 45],
      [/to (\d+) more districts/g, 4, 30],
      [/stand of (\d+) for/g, 60, 140],
      [/with (\d+) percent pass rate/g, 48, 86],
      [/(\d+),000 out-of-school children/g, 2, 40],
    ];
    for (const [pattern, min, max] of limits) {
      const found = [...text.matchAll(pattern)].map((m) => Number(m[1]));
      expect(found.length, String(pattern)).toBeGreaterThan(0);
      expect(found.filter((v) => v < min || v > max), String(pattern)).toEqual([]);
    }
  });
});
