// Soak: mixed reader traffic plus a stream of unique junk URLs and unique
// searches against one production server, its RSS (the whole process tree)
// sampled every second. Shows whether memory stays bounded (MAX_HEAP_MB) and
// flat after warm-up. The full run is 10 minutes; it is also the last row of
// `npm run bench` (--soak-seconds N, --no-soak).
//   npm run bench:soak                                  (600 s, data/large.db if present)
//   npm run bench:soak -- --seconds 180                 (a shortened run)
//   npm run bench:soak -- --heap-snapshot soak.heapsnapshot
//                                  (and a V8 heap snapshot of the server when the traffic stops;
//                                   open it in Chromium's DevTools, Memory tab)
// Prints a table of RSS by interval, the request counts by status and the
// median time of the cached pages in the mix.
import { existsSync, readdirSync, renameSync, statSync } from "node:fs";
import { startServer } from "./server";

export const soakDescription =
  "One server as `npm start` runs it, 8 concurrent clients: a third cached pages and feeds, a third unique " +
  "searches, a third unique junk URLs (404s). RSS is the server's whole process tree, sampled every second.";

export type SoakResult = {
  seconds: number;
  samples: number[]; // RSS MB, one a second
  requests: number;
  byStatus: Record<string, number>;
  failures: number; // network errors
  /** Median and 99th percentile ms of the cached pages and feeds in the mix. */
  cachedP50: number;
  cachedP99: number;
};

const fixed = ["/", "/category/world", "/category/business", "/topic/youth", "/feed.xml", "/sitemap.xml", "/search?q=flood"];

/** The n-th request of the mix: a third cached pages, a third unique searches, a third unique junk. */
export function soakPath(n: number): string {
  const kind = n % 3;
  if (kind === 0) return fixed[(n / 3) % fixed.length | 0];
  const token = `${n.toString(36)}${Math.floor(Math.random() * 1e9).toString(36)}`;
  if (kind === 1) return `/search?q=${encodeURIComponent(`soak ${token}`)}`;
  const junk = [`/news/${token}`, `/topic/${token}/page/${n % 90}`, `/category/${token}`, `/${token}.php?x=%27%22%3C`, `/author/${token}`];
  return junk[n % junk.length];
}

export async function soak(opts: { env: Record<string, string>; seconds: number; concurrency?: number; heapSnapshot?: string }): Promise<SoakResult> {
  const env = opts.heapSnapshot ? { ...opts.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --heapsnapshot-signal=SIGUSR2`.trim() } : opts.env;
  const server = await startServer({ env, label: "soak" });
  const samples: number[] = [];
  const byStatus: Record<string, number> = {};
  const cachedMs: number[] = [];
  let requests = 0;
  let failures = 0;
  let n = 0;
  const end = Date.now() + opts.seconds * 1000;
  const sampler = setInterval(() => samples.push(Math.round(server.memory().rssMB)), 1000);
  const worker = async () => {
    while (Date.now() < end) {
      const i = n++;
      const path = soakPath(i);
      const started = performance.now();
      try {
        const res = await fetch(`${server.url}${path}`, { headers: { "accept-encoding": "gzip" } });
        await res.arrayBuffer();
        byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
        if (i % 3 === 0) cachedMs.push(performance.now() - started);
      } catch {
        failures++;
      }
      requests++;
    }
  };
  try {
    await Promise.all(Array.from({ length: opts.concurrency ?? 8 }, worker));
    clearInterval(sampler);
    if (opts.heapSnapshot) await heapSnapshot(server.pid, opts.heapSnapshot);
  } finally {
    clearInterval(sampler);
    await server.stop();
  }
  cachedMs.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(cachedMs[Math.min(cachedMs.length - 1, Math.floor(cachedMs.length * p))] ?? NaN);
  return { seconds: opts.seconds, samples, requests, byStatus, failures, cachedP50: pct(0.5), cachedP99: pct(0.99) };
}

/** SIGUSR2 makes the server (started with --heapsnapshot-signal) write Heap.*.<pid>.*.heapsnapshot into its folder. */
async function heapSnapshot(pid: number, target: string) {
  const mine = () => readdirSync(".").filter((f) => f.endsWith(".heapsnapshot") && f.includes(`.${pid}.`));
  const before = new Set(mine());
  process.kill(pid, "SIGUSR2");
  let last = -1;
  for (let i = 0; i < 600; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    const file = mine().find((f) => !before.has(f));
    if (!file) continue;
    const size = statSync(file).size;
    if (size > 0 && size === last) {
      renameSync(file, target);
      return;
    }
    last = size;
  }
  throw new Error("the server wrote no heap snapshot in 10 minutes");
}

export function soakTable(r: SoakResult, warmupSeconds = 30): string {
  // Ten windows covering every sample: each row says the lowest and highest RSS seen in it.
  const step = Math.max(1, Math.ceil(r.samples.length / 10));
  const rows = ["| seconds | RSS MB min | RSS MB max |", "| ---: | ---: | ---: |"];
  for (let i = 0; i < r.samples.length; i += step) {
    const w = r.samples.slice(i, i + step);
    rows.push(`| ${i + 1}–${i + w.length} | ${Math.min(...w)} | ${Math.max(...w)} |`);
  }
  const after = r.samples.slice(warmupSeconds);
  const max = Math.max(...r.samples);
  const summary =
    `Requests ${r.requests.toLocaleString("en-US")} (${Object.entries(r.byStatus).map(([s, c]) => `${s}: ${c.toLocaleString("en-US")}`).join(", ")}; network errors ${r.failures}); ` +
    `cached pages in the mix p50 ${r.cachedP50} ms, p99 ${r.cachedP99} ms. ` +
    `RSS max ${max} MB; after ${warmupSeconds} s of warm-up min ${Math.min(...after)} / max ${Math.max(...after)} MB.`;
  return `${rows.join("\n")}\n\n${summary}`;
}

if (process.argv[1]?.endsWith("soak.ts")) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const seconds = Number(arg("--seconds") ?? 600);
  const database = process.env.SOAK_DATABASE_URL ?? (existsSync("data/large.db") ? "file:./data/large.db" : "file:./data/portal.db");
  soak({ env: { DATABASE_URL: database, PORTAL_DEMO: "1", LOG_LEVEL: "warn" }, seconds, heapSnapshot: arg("--heap-snapshot") })
    .then((r) => console.log(`Soak, ${seconds} s on ${database}, MAX_HEAP_MB=${process.env.MAX_HEAP_MB ?? "default"}, Node ${process.version}\n\n${soakTable(r)}`))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
