// Lighthouse 13 (mobile, its default simulated throttling) against a page of the
// running server, in headless system Chromium. Runs the CLI in its own process
// so a browser crash cannot take the benchmark down. One run's performance
// score moves by ~10 points here between runs of the same build, so a page is
// run several times and the median run is reported (Lighthouse's own choice,
// computeMedianRun: the run nearest the median FCP and time to interactive),
// with every run's score beside it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type LighthouseResult = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
  failing: string[];
  /**
   * Lighthouse's CPU score for this machine. Its 4x slowdown assumes a fast
   * desktop (about 1,000 and up, throttling.md "CPU throttling"); lower means
   * Total Blocking Time is inflated by the machine, not only by the page.
   */
  benchmarkIndex: number;
  /** Where the main-thread time went: the top scripts by bootup time (ms, slowed down). */
  bootup: { url: string; ms: number }[];
  /** Every run's performance score, in run order (the fields above are the median run's). */
  runs: number[];
  /** The Lighthouse that measured (its report's lighthouseVersion); absent in runs recorded before 13. */
  version?: string;
};

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p): p is string => Boolean(p && existsSync(p)));
}

type Audit = { score: number | null; numericValue?: number; title: string; scoreDisplayMode: string; details?: { items?: { url?: string; total?: number }[] } };
type Report = {
  lighthouseVersion?: string;
  audits: Record<string, Audit>;
  categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
  environment?: { benchmarkIndex?: number };
};

/** Runs Lighthouse `runs` times on `url` and returns the median run (see the top of this file). */
export async function runLighthouse(url: string, runs = 3): Promise<LighthouseResult> {
  const reports: Report[] = [];
  for (let i = 0; i < runs; i++) reports.push(lighthouseReport(url));
  const { computeMedianRun } = (await import("lighthouse/core/lib/median-run.js")) as unknown as {
    computeMedianRun: (runs: Report[]) => Report;
  };
  const median = computeMedianRun(reports);
  return { ...summarize(median), runs: reports.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)) };
}

function lighthouseReport(url: string): Report {
  const chrome = chromiumPath();
  if (!chrome) throw new Error("no Chromium (set CHROMIUM_PATH)");
  const dir = mkdtempSync(path.join(tmpdir(), "bench-lh-"));
  const out = path.join(dir, "report.json");
  try {
    const res = spawnSync(
      process.execPath,
      [
        "node_modules/lighthouse/cli/index.js",
        url,
        "--output=json",
        `--output-path=${out}`,
        "--only-categories=performance,accessibility,best-practices,seo",
        "--quiet",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync",
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, encoding: "utf8", timeout: 180_000 },
    );
    if (!existsSync(out)) throw new Error(`lighthouse failed: ${res.stderr?.slice(-800) ?? res.error}`);
    return JSON.parse(readFileSync(out, "utf8")) as Report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function summarize(report: Report): Omit<LighthouseResult, "runs"> {
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  // Audits that cost points in a category (shown in BENCHMARKS.md, so a miss says why).
  const failing = Object.entries(report.categories).flatMap(([cat, c]) =>
    c.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ ref, audit: report.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.scoreDisplayMode !== "notApplicable" && audit.scoreDisplayMode !== "informative" && audit.score !== null && audit.score < 0.9)
      .map(({ ref, audit }) => `${cat}: ${audit.title} (${ref.id}, score ${audit.score})`),
  );
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? 0,
    tbtMs: report.audits["total-blocking-time"]?.numericValue ?? 0,
    cls: report.audits["cumulative-layout-shift"]?.numericValue ?? 0,
    totalBytes: report.audits["total-byte-weight"]?.numericValue ?? 0,
    failing,
    benchmarkIndex: report.environment?.benchmarkIndex ?? 0,
    version: report.lighthouseVersion,
    bootup: (report.audits["bootup-time"]?.details?.items ?? [])
      .slice(0, 4)
      .map((i) => ({ url: (i.url ?? "?").replace(/^https?:\/\/[^/]+/, "") || "/", ms: i.total ?? 0 })),
  };
}
