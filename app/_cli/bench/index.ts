// `npm run bench`: build, seed (or reuse) the large dataset, start the production
// server and measure it on loopback; writes the results into BENCHMARKS.md
// (between the bench markers) and bench-results/<date>.json. Not part of npm test.
//
//   npm run bench -- [--fresh] [--articles 100000] [--duration 10] [--connections 20]
//                    [--miss-connections 1] [--no-build] [--no-lighthouse] [--lighthouse-runs 3]
//                    [--soak-seconds 600 | --no-soak] [--out BENCHMARKS.md]
//
// Three servers on the same build and database, one after the other:
//   cached   - the normal server; every page warmed first, then one URL hammered
//              (what a front-page story's crowd does), in rounds alternating
//              with the static baseline;
// then two servers for cache misses, on distinct URLs where a page has many
// (articles, deep pages, searches), one connection:
//   first hit - BENCH_CACHE=pages-off (no page is ever found in the cache; the
//              data cache works): a reader's first visit to a page; the reads
//              every page shares (menu, settings, ticker) are cached;
//   cache off - BENCH_CACHE=off (a cache handler that stores nothing): every
//              request renders and every read queries. Pessimistic.
// and last a fourth, the soak (soak.ts): 10 minutes of mixed traffic with unique
// junk URLs and searches, RSS sampled every second, under the default heap bound.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { purgeRuntimeCache } from "../runtime-cache";
import { sqliteFile } from "../prepare-database";
import { combined, measure, type LoadResult } from "./load";
import { startServer } from "./server";
import { pageWeight } from "./weight";
import { chromiumPath, runLighthouse } from "./lighthouse";
import { explainListings } from "./explain";
import { loadWindow, machineInfo } from "./machine";
import { renderReport } from "./report";
import { nginxCacheRows } from "./nginx-cache";
import { config, type BenchResult, type Row } from "./config";
import { Database, dataset } from "./dataset";
import { planTargets, warm, type Plan } from "./plans";
import { soak } from "./soak";


/** Length of one round of a cached row, and of the static round after it. */
const PAIRED_ROUND_SECONDS = 2;


const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

async function main() {
  const started = Date.now();
  const notes: string[] = [];
  const loadAvgStart = loadavg()[0];
  const machine = machineInfo();
  log(`machine: ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.cpuModel}, node ${machine.node}; load average ${loadAvgStart.toFixed(2)}`);

  let buildSeconds: number | undefined;
  if (config.build) {
    log("building (next build) ...");
    const t = Date.now();
    const b = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (b.status !== 0) throw new Error("build failed");
    buildSeconds = (Date.now() - t) / 1000;
  } else if (!existsSync(".next/BUILD_ID")) {
    throw new Error("no build: drop --no-build");
  }

  const data = await dataset(notes);
  log(`dataset: ${data.articles} articles (${data.published} public), ${data.topics} topics, ${data.authors} authors`);
  const sqlite = (() => {
    const db = new Database(sqliteFile(config.url)!, { readonly: true });
    const v = (db.prepare(`SELECT sqlite_version() AS v`).get() as { v: string }).v;
    db.close();
    return v;
  })();

  log("query plans ...");
  const plans = explainListings(sqliteFile(config.url)!, { deepPage: config.deepPage, searchWord: "monsoon" });

  const serverEnv = { DATABASE_URL: config.url, MEDIA_DIR: config.mediaDir, PORTAL_DEMO: "1", LOG_LEVEL: "warn" };
  await purgeRuntimeCache();
  const rows: Row[] = [];
  const baseline: BenchResult["baseline"] = { roundSeconds: PAIRED_ROUND_SECONDS };
  let weight: BenchResult["weight"];
  let weightError: string | undefined;
  const lighthouse: BenchResult["lighthouse"] = [];

  log("starting the cached server ...");
  const cached = await startServer({ env: serverEnv, label: "cached" });
  const ours = () => [...cached.pids(), process.pid];
  let targets: Plan[] = [];
  let articlePath = "";
  let cachedMemory;
  try {
    ({ plans: targets, articlePath } = await planTargets(cached));
    // A server just started runs its code cold (the JIT has not compiled it yet):
    // 2 s of load on every URL first, so the rows compare steady states, not
    // whichever page happened to be measured first.
    log("cached: warming up the server ...");
    for (const t of [{ cached: "/bench/static" } as Plan, ...targets]) {
      if (t.cached) await measure({ base: cached.url, paths: [t.cached], connections: config.connections, durationSec: 2, headers: t.headers, expectStatus: t.expectStatus });
    }
    // Each row alternates with the static baseline in short rounds, so both see
    // the same moments of this host, whose speed drifts within a run (a static
    // run before and one after the pages once gave 1,157 and 785 req/s).
    const roundCount = Math.max(1, Math.round(config.durationSec / baseline.roundSeconds));
    const once = (p: string, t?: Plan) =>
      measure({ base: cached.url, paths: [p], connections: config.connections, durationSec: baseline.roundSeconds, headers: t?.headers, expectStatus: t?.expectStatus });
    const allStatic: LoadResult[] = [];
    for (const t of targets) {
      const row: Row = { name: t.name, path: t.cached ?? "", skipped: t.note };
      rows.push(row);
      if (!t.cached) continue;
      log(`cached: ${t.name} (${t.cached}), ${roundCount} rounds beside the static baseline ...`);
      await warm(cached, t.cached);
      const end = loadWindow(ours);
      const page: LoadResult[] = [];
      const statics: LoadResult[] = [];
      for (let i = 0; i < roundCount; i++) {
        page.push(await once(t.cached, t));
        statics.push(await once("/bench/static"));
      }
      row.cached = { ...combined(page, baseline.roundSeconds), load: end() };
      row.rounds = { page: page.map((r) => r.requests / baseline.roundSeconds), static: statics.map((r) => r.requests / baseline.roundSeconds) };
      allStatic.push(...statics);
    }
    baseline.alongside = combined(allStatic, baseline.roundSeconds);
    rows.push(...(await nginxCacheRows(cached.url, articlePath, { connections: config.connections, rounds: roundCount, roundSeconds: baseline.roundSeconds, window: () => loadWindow(ours) })));

    log("article page weight ...");
    try {
      weight = { ...(await pageWeight(cached.url, articlePath)), path: articlePath };
    } catch (err) {
      weightError = (err as Error).message;
    }
    if (config.lighthouse) {
      if (!chromiumPath()) notes.push("Lighthouse skipped: no Chromium (set CHROMIUM_PATH).");
      for (const [name, p] of [["front page", "/"], ["article", articlePath]] as const) {
        if (!chromiumPath()) break;
        log(`lighthouse: ${name} (${config.lighthouseRuns} runs) ...`);
        try {
          lighthouse.push({ name, path: p, result: await runLighthouse(cached.url + p, config.lighthouseRuns) });
        } catch (err) {
          lighthouse.push({ name, path: p, error: (err as Error).message.slice(0, 300) });
        }
      }
    }
    cachedMemory = cached.memory();
  } finally {
    await cached.stop();
  }

  // The misses: the same pages on distinct URLs, on a server that finds no page.
  const measureMisses = async (mode: "pages-off" | "off", key: "firstHit" | "uncached") => {
    await purgeRuntimeCache();
    log(`starting the ${key} server (BENCH_CACHE=${mode}) ...`);
    const server = await startServer({ env: { ...serverEnv, BENCH_CACHE: mode }, label: key });
    const ours = () => [...server.pids(), process.pid];
    try {
      // One warm-up request so the first measured miss is not also the process's first render
      // (and, on the first-hit server, the shared reads are cached as after any first visitor).
      await warm(server, "/bench/static");
      await warm(server, "/");
      for (const t of targets) {
        if (!t.uncached) continue;
        const row = rows.find((r) => r.name === t.name)!;
        log(`${key}: ${t.name} (${t.uncached.length} URL${t.uncached.length > 1 ? "s" : ""}) ...`);
        const end = loadWindow(ours);
        const r = await measure({ base: server.url, paths: t.uncached, connections: config.missConnections, durationSec: config.durationSec });
        row[key] = { ...r, load: end(), urls: t.uncached.length };
      }
      return server.memory();
    } finally {
      await server.stop();
    }
  };
  await measureMisses("pages-off", "firstHit");
  const uncachedMemory = await measureMisses("off", "uncached");

  let soakResult: BenchResult["soak"];
  if (config.soakSeconds > 0) {
    await purgeRuntimeCache();
    log(`soak: ${config.soakSeconds} s of mixed traffic with unique junk URLs and searches ...`);
    soakResult = { ...(await soak({ env: serverEnv, seconds: config.soakSeconds })), maxHeapMB: process.env.MAX_HEAP_MB ?? "default" };
  }

  const result: BenchResult = {
    date: new Date().toISOString(),
    machine,
    sqlite,
    config,
    dataset: data,
    buildSeconds,
    rows,
    baseline,
    memory: { cached: cachedMemory!, uncached: uncachedMemory },
    weight,
    weightError,
    lighthouse,
    plans,
    soak: soakResult,
    loadAvgStart,
    loadAvgEnd: loadavg()[0],
    notes,
  };
  mkdirSync("bench-results", { recursive: true });
  const jsonFile = `bench-results/${result.date.replace(/[:.]/g, "-")}.json`;
  writeFileSync(jsonFile, JSON.stringify(result, null, 2));

  const section = renderReport(result);
  const begin = "<!-- bench:begin -->";
  const end = "<!-- bench:end -->";
  const existing = existsSync(config.out) ? readFileSync(config.out, "utf8") : `# Benchmarks\n\n${begin}\n${end}\n`;
  const next = existing.includes(begin) && existing.includes(end)
    ? existing.slice(0, existing.indexOf(begin) + begin.length) + "\n" + section + "\n" + existing.slice(existing.indexOf(end))
    : `${existing.trimEnd()}\n\n${begin}\n${section}\n${end}\n`;
  writeFileSync(config.out, next);
  process.stdout.write(section + "\n");
  log(`wrote ${config.out} and ${jsonFile} in ${((Date.now() - started) / 1000).toFixed(0)}s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

