// Soak: mixed reader traffic plus a stream of unique junk URLs and unique
// searches against one production server, its RSS (the whole process tree)
// sampled every second. Shows whether memory stays bounded (MAX_HEAP_MB) and
// flat after warm-up. The full run is 10 minutes:
//   npm run bench:soak                      (600 s, data/large.db if present)
//   npm run bench:soak -- --seconds 120     (a shortened run)
// Prints a table of RSS by interval and the request counts by status.
import { existsSync } from "node:fs";
import { startServer } from "./server";

export type SoakResult = {
  seconds: number;
  samples: number[]; // RSS MB, one a second
  requests: number;
  byStatus: Record<string, number>;
  failures: number; // network errors
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

export async function soak(opts: { env: Record<string, string>; seconds: number; concurrency?: number }): Promise<SoakResult> {
  const server = await startServer({ env: opts.env, label: "soak" });
  const samples: number[] = [];
  const byStatus: Record<string, number> = {};
  let requests = 0;
  let failures = 0;
  let n = 0;
  const end = Date.now() + opts.seconds * 1000;
  const sampler = setInterval(() => samples.push(Math.round(server.memory().rssMB)), 1000);
  const worker = async () => {
    while (Date.now() < end) {
      const path = soakPath(n++);
      try {
        const res = await fetch(`${server.url}${path}`, { headers: { "accept-encoding": "gzip" } });
        await res.arrayBuffer();
        byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
      } catch {
        failures++;
      }
      requests++;
    }
  };
  try {
    await Promise.all(Array.from({ length: opts.concurrency ?? 8 }, worker));
  } finally {
    clearInterval(sampler);
    await server.stop();
  }
  return { seconds: opts.seconds, samples, requests, byStatus, failures };
}

export function soakTable(r: SoakResult, warmupSeconds = 30): string {
  const step = Math.max(1, Math.round(r.samples.length / 10));
  const rows = ["| second | RSS MB |", "| ---: | ---: |"];
  for (let i = 0; i < r.samples.length; i += step) rows.push(`| ${i + 1} | ${r.samples[i]} |`);
  const after = r.samples.slice(warmupSeconds);
  const max = Math.max(...r.samples);
  const summary =
    `requests ${r.requests} (${Object.entries(r.byStatus).map(([s, c]) => `${s}: ${c}`).join(", ")}; network errors ${r.failures}), ` +
    `RSS max ${max} MB; after ${warmupSeconds} s warm-up min ${Math.min(...after)} / max ${Math.max(...after)} MB`;
  return `${rows.join("\n")}\n\n${summary}`;
}

if (process.argv[1]?.endsWith("soak.ts")) {
  const i = process.argv.indexOf("--seconds");
  const seconds = i > 0 ? Number(process.argv[i + 1]) : 600;
  const database = process.env.SOAK_DATABASE_URL ?? (existsSync("data/large.db") ? "file:./data/large.db" : "file:./data/portal.db");
  soak({ env: { DATABASE_URL: database, PORTAL_DEMO: "1", LOG_LEVEL: "warn" }, seconds })
    .then((r) => console.log(`Soak, ${seconds} s on ${database}, MAX_HEAP_MB=${process.env.MAX_HEAP_MB ?? "default"}\n\n${soakTable(r)}`))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
