// The soak's table is what an operator reads in BENCHMARKS.md: every sample
// must land in one of its windows, so a spike between two rows is never hidden.
import { describe, expect, it } from "vitest";
import { soakTable, type SoakResult } from "./soak";

const result = (samples: number[]): SoakResult => ({
  seconds: samples.length,
  samples,
  requests: 1200,
  byStatus: { 200: 800, 404: 400 },
  failures: 0,
  cachedP50: 3,
  cachedP99: 40,
});

describe("soakTable", () => {
  it("shows the highest RSS of every window, including a one-second spike", () => {
    const samples = Array.from({ length: 95 }, () => 300);
    samples[47] = 349;
    const rows = soakTable(result(samples))
      .split("\n")
      .filter((l) => /^\| \d/.test(l));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toBe("| 1–10 | 300 | 300 |");
    expect(rows.some((r) => r.endsWith("| 300 | 349 |"))).toBe(true);
    expect(rows.at(-1)).toBe("| 91–95 | 300 | 300 |");
  });

  it("sums up requests by status and the maximum", () => {
    const text = soakTable(result([150, 250, 320, 330]), 2);
    expect(text).toContain("Requests 1,200 (200: 800, 404: 400; network errors 0)");
    expect(text).toContain("RSS max 330 MB; after 2 s of warm-up min 320 / max 330 MB.");
  });
});
