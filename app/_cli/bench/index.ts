// `npm run bench`: build, seed (or reuse) the large dataset, start the production
// server and measure it on loopback; writes the results into BENCHMARKS.md
// (between the bench markers) and bench-results/<date>.json. Not part of npm test.
//
//   npm run bench -- [--fresh] [--articles 100000] [--duration 10] [--connections 20]
//                    [--miss-connections 1] [--no-build] [--no-lighthouse] [--lighthouse-runs 3]
//                    [--out BENCHMARKS.md]
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
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import path from "node:path";
import { purgeRuntimeCache } from "../runtime-cache";
import { sqliteFile } from "../prepare-database";
import { seedLarge } from "@/prisma/seed/large";
import { combined, measure, type LoadResult } from "./load";
import { startServer, type BenchServer } from "./server";
import { pageWeight, type Weight } from "./weight";
import { chromiumPath, runLighthouse, type LighthouseResult } from "./lighthouse";
import { explainListings, type PlanRow } from "./explain";
import { loadWindow, machineInfo, type LoadWindow } from "./machine";
import { renderReport } from "./report";
import { nginxCacheRows } from "./nginx-cache";

type Statement = { all(...p: unknown[]): unknown[]; get(...p: unknown[]): unknown };
type SqliteDb = { prepare(sql: string): Statement; close(): void };
const Database = createRequire(path.join(process.cwd(), "package.json"))("better-sqlite3") as new (
  file: string,
  opts?: { readonly?: boolean },
) => SqliteDb;

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
};

/** Length of one round of a cached row, and of the static round after it. */
const PAIRED_ROUND_SECONDS = 2;

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
  loadAvgStart: number;
  loadAvgEnd: number;
  notes: string[];
};

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

function appliedMigrations(db: SqliteDb): Set<string> {
  try {
    return new Set((db.prepare(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`).all() as { migration_name: string }[]).map((r) => r.migration_name));
  } catch {
    return new Set();
  }
}

/** The large database, reused when it has the articles and every committed migration. */
async function dataset(notes: string[]): Promise<BenchResult["dataset"]> {
  const file = sqliteFile(config.url)!;
  let reuse = !config.fresh && existsSync(file);
  if (reuse) {
    const db = new Database(file, { readonly: true });
    try {
      const count = (db.prepare(`SELECT count(*) AS n FROM "Article"`).get() as { n: number }).n;
      const applied = appliedMigrations(db);
      const missing = readdirSync("prisma/migrations").filter((d) => /^\d+_/.test(d) && !applied.has(d));
      if (count < config.articles) {
        log(`${file} has ${count} articles, fewer than ${config.articles}: seeding afresh`);
        reuse = false;
      } else if (missing.length) {
        log(`${file} lacks migrations ${missing.join(", ")}: seeding afresh`);
        reuse = false;
      }
    } catch {
      reuse = false;
    } finally {
      db.close();
    }
  }
  let seededSeconds: number | undefined;
  let seedCpuSeconds: number | undefined;
  if (!reuse) {
    const cpuBefore = process.cpuUsage();
    const r = await seedLarge({ articles: config.articles, url: config.url, mediaDir: config.mediaDir });
    seededSeconds = r.seconds;
    const cpu = process.cpuUsage(cpuBefore);
    seedCpuSeconds = (cpu.user + cpu.system) / 1e6;
  } else {
    notes.push(`Reused the existing ${file} (pass --fresh to seed again).`);
  }
  const db = new Database(file, { readonly: true });
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const now = new Date().toISOString().replace("Z", "+00:00");
  const result = {
    articles: n(`SELECT count(*) AS n FROM "Article"`),
    published: (db.prepare(`SELECT count(*) AS n FROM "Article" WHERE status IN ('published','scheduled') AND publishedAt <= ?`).get(now) as { n: number }).n,
    topics: n(`SELECT count(*) AS n FROM "Topic"`),
    authors: n(`SELECT count(*) AS n FROM "Author"`),
    seededSeconds,
    seedCpuSeconds,
    reused: reuse,
    dbMB: 0,
  };
  db.close();
  result.dbMB = statSync(file).size / 1024 ** 2;
  return result;
}

/** headers/expectStatus: sent with (and expected of) every cached request, for a conditional one. */
type Plan = { name: string; cached?: string; uncached?: string[]; note?: string; headers?: Record<string, string>; expectStatus?: number };

/** Which URLs to measure, from the data (and the routes that exist on this build). */
async function planTargets(server: BenchServer): Promise<{ plans: Plan[]; articlePath: string }> {
  const file = sqliteFile(config.url)!;
  const db = new Database(file, { readonly: true });
  const now = new Date().toISOString().replace("Z", "+00:00");
  const all = <T>(sql: string, ...p: unknown[]) => db.prepare(sql).all(...p) as T[];
  const PUBLIC = `status IN ('published','scheduled') AND publishedAt <= ?`;
  const article = all<{ slug: string }>(`SELECT slug FROM "Article" WHERE ${PUBLIC} AND heroMediaId IS NOT NULL ORDER BY publishedAt DESC LIMIT 1 OFFSET 2`, now)[0].slug;
  const articleSlugs = all<{ slug: string }>(`SELECT slug FROM "Article" WHERE ${PUBLIC} AND id % 20 = 0 ORDER BY id`, now).map((r) => r.slug);
  const categories = all<{ slug: string; n: number }>(
    `SELECT c.slug, count(a.id) AS n FROM "Category" c JOIN "Article" a ON a.categoryId = c.id WHERE a.${PUBLIC.replace("publishedAt", "a.publishedAt")} GROUP BY c.id ORDER BY n DESC`,
    now,
  );
  const topics = all<{ slug: string; n: number }>(
    `SELECT t.slug, count(*) AS n FROM "Topic" t JOIN "ArticleTopic" at ON at.topicId = t.id WHERE at.status IN ('published','scheduled') AND at.publishedAt <= ? GROUP BY t.id ORDER BY n DESC`,
    now,
  );
  const authors = all<{ slug: string; n: number }>(
    `SELECT au.slug, count(*) AS n FROM "Author" au JOIN "ArticleAuthor" aa ON aa.authorId = au.id WHERE aa.status IN ('published','scheduled') AND aa.publishedAt <= ? GROUP BY au.id ORDER BY n DESC`,
    now,
  );
  db.close();

  const pages = (n: number) => Math.max(1, Math.ceil(n / 20));
  const deep = (n: number) => Math.max(2, Math.min(config.deepPage, pages(n)));
  // Distinct deep pages: the last 40% of each listing's pages, interleaved.
  const deepList = (items: { slug: string; n: number }[], prefix: string) => {
    const out: string[] = [];
    for (let k = 0; out.length < 3000 && k < 1000; k++) {
      for (const it of items) {
        const last = pages(it.n);
        const page = Math.floor(last * 0.6) + k;
        if (page >= 2 && page <= last) out.push(`${prefix}/${it.slug}/page/${page}`);
      }
    }
    return out;
  };

  const status = async (p: string) => {
    try {
      const res = await fetch(server.url + p, { redirect: "manual" });
      await res.arrayBuffer();
      return res.status;
    } catch {
      return 0;
    }
  };
  const firstExisting = async (candidates: string[]) => {
    for (const c of candidates) if ((await status(c)) === 200) return c;
    return undefined;
  };

  const plans: Plan[] = [];
  plans.push({ name: "front page", cached: "/", uncached: ["/"] });
  plans.push({ name: "article", cached: `/news/${article}`, uncached: articleSlugs.map((s) => `/news/${s}`) });

  const cat = categories[0];
  const catBase = `/category/${cat.slug}`;
  plans.push({ name: "category, page 1", cached: catBase, uncached: categories.map((c) => `/category/${c.slug}`) });
  const catDeep = `${catBase}/page/${deep(cat.n)}`;
  if ((await status(catDeep)) === 200) plans.push({ name: `category, page ${deep(cat.n)}`, cached: catDeep, uncached: deepList(categories, "/category") });
  else plans.push({ name: "category, deep page", note: `${catDeep} is not a route on this build` });

  const topic = topics[0];
  const topicPrefix = topic ? await firstExisting([`/topic/${topic.slug}`, `/topics/${topic.slug}`]) : undefined;
  if (topic && topicPrefix) {
    const prefix = topicPrefix.slice(0, topicPrefix.lastIndexOf("/"));
    plans.push({ name: "topic, page 1", cached: topicPrefix, uncached: topics.map((t) => `${prefix}/${t.slug}`) });
    const topicDeep = `${topicPrefix}/page/${deep(topic.n)}`;
    if ((await status(topicDeep)) === 200) plans.push({ name: `topic, page ${deep(topic.n)}`, cached: topicDeep, uncached: deepList(topics, prefix) });
    else plans.push({ name: "topic, deep page", note: `${topicDeep} is not a route on this build` });
  } else {
    plans.push({ name: "topic pages", note: "no /topic/<slug> route on this build" });
  }

  const author = authors[0];
  const authorPath = author ? await firstExisting([`/author/${author.slug}`, `/authors/${author.slug}`]) : undefined;
  if (author && authorPath) {
    const prefix = authorPath.slice(0, authorPath.lastIndexOf("/"));
    plans.push({ name: "author, page 1", cached: authorPath, uncached: authors.map((a) => `${prefix}/${a.slug}`) });
  } else plans.push({ name: "author page", note: "no /author/<slug> route on this build" });

  const words = ["monsoon", "cricket", "inflation", "vaccination", "election", "Karachi", "budget", "startups", "heatwave", "scholarship", "embankments", "remittances", "textile", "dengue", "curriculum", "satellite", "festival", "turnout", "tournament", "exports"];
  if ((await status(`/search?q=monsoon`)) === 200) {
    // Distinct queries (one, two and three words: 1,350), more than a miss run
    // asks for, so no query is asked twice and found in the data cache.
    const pairs = words.flatMap((a, i) => words.slice(i + 1).map((b) => [a, b]));
    const triples = pairs.flatMap(([a, b]) => words.slice(words.indexOf(b) + 1).map((c) => [a, b, c]));
    const queries = [...words, ...pairs.map((w) => w.join(" ")), ...triples.map((w) => w.join(" "))];
    plans.push({ name: "search", cached: "/search?q=monsoon", uncached: queries.map((q) => `/search?q=${encodeURIComponent(q)}`) });
  } else plans.push({ name: "search", note: "no /search route on this build" });

  const rss = await firstExisting(["/feed.xml", "/rss.xml", "/feed", "/rss", "/feeds/latest.xml", "/rss/latest.xml"]);
  if (rss) {
    plans.push({ name: "RSS feed", cached: rss, uncached: [rss] });
    // What most feed traffic is: a reader polling with the ETag it holds.
    const res = await fetch(server.url + rss, { headers: { "accept-encoding": "gzip" } });
    await res.arrayBuffer();
    const etag = res.headers.get("etag");
    if (etag) plans.push({ name: "RSS feed, polled with its ETag (304)", cached: rss, headers: { "if-none-match": etag }, expectStatus: 304 });
    else plans.push({ name: "RSS feed, polled with its ETag (304)", note: `${rss} sends no ETag on this build` });
  } else plans.push({ name: "RSS feed", note: "no RSS route on this build" });

  return { plans, articlePath: `/news/${article}` };
}

async function warm(server: BenchServer, p: string) {
  for (let i = 0; i < 5; i++) {
    const res = await fetch(server.url + p, { headers: { "accept-encoding": "gzip" } });
    await res.arrayBuffer();
  }
}

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
