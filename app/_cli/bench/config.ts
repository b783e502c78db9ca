// The bench's command-line options and the shape of its results (report.ts
// renders them into BENCHMARKS.md).
import type { LoadResult } from "./load";
import type { LighthouseResult } from "./lighthouse";
import type { PlanRow } from "./explain";
import type { LoadWindow, machineInfo } from "./machine";
import type { Weight } from "./weight";
import type { SoakResult } from "./soak";

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};

export const config = {
  fresh: flag("--fresh"),
  articles: Number(opt("--articles", "100000")),
  durationSec: Number(opt("--duration", "10")),
  connections: Number(opt("--connections", "20")),
  missConnections: Number(opt("--miss-connections", "1")),
  build: !flag("--no-build"),
  lighthouse: !flag("--no-lighthouse"),
  lighthouseRuns: Number(opt("--lighthouse-runs", "3")),
  out: opt("--out", "BENCHMARKS.md"),
  url: process.env.LARGE_DATABASE_URL ?? "file:./data/large.db",
  mediaDir: process.env.LARGE_MEDIA_DIR ?? "./data/large-media",
  deepPage: Number(opt("--deep-page", "400")),
  /** The soak row (soak.ts): 600 s is the full run, 0 (or --no-soak) leaves it out. */
  soakSeconds: flag("--no-soak") ? 0 : Number(opt("--soak-seconds", "600")),
};


export type Row = {
  name: string;
  path: string;
  cached?: LoadResult & { load: LoadWindow };
  /** Requests/s of each round of `cached` and of the static baseline's rounds alternating with them. */
  rounds?: { page: number[]; static: number[] };
  firstHit?: LoadResult & { load: LoadWindow; urls: number };
  uncached?: LoadResult & { load: LoadWindow; urls: number };
  skipped?: string;
};

export type BenchResult = {
  date: string;
  machine: ReturnType<typeof machineInfo>;
  sqlite: string;
  config: typeof config;
  dataset: { articles: number; published: number; topics: number; authors: number; seededSeconds?: number; seedCpuSeconds?: number; reused: boolean; dbMB: number };
  buildSeconds?: number;
  rows: Row[];
  /** The static baseline: all its rounds beside the cached rows, and the length of a round. */
  baseline: { alongside?: LoadResult; roundSeconds: number };
  memory: { cached: { rssMB: number; peakRssMB: number; hwmMB: number }; uncached?: { rssMB: number; peakRssMB: number; hwmMB: number } };
  weight?: Weight & { path: string };
  weightError?: string;
  lighthouse: { name: string; path: string; result?: LighthouseResult; error?: string }[];
  plans: PlanRow[];
  soak?: SoakResult & { maxHeapMB: string };
  loadAvgStart: number;
  loadAvgEnd: number;
  notes: string[];
};

