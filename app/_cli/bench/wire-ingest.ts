// `npm run bench:wire`: what a big agency feed costs and what readers feel
// meanwhile (issue 21). On a copy of the demo database, a production server
// (the build in .next) polls one wire source serving a generated RSS feed of
// N items (default 10,000) through its cron route; reader latency of a cached
// article page is measured before and while the ingest runs; then the same
// feed is polled again (every item unchanged). Prints a Markdown table.
//
//   npm run build && npm run bench:wire -- [--items 10000] [--connections 10]
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/app/_lib/db-adapter";
import { prepareDatabase } from "../prepare-database";
import { combined, measure, type LoadResult } from "./load";
import { startServer } from "./server";
import { loadWindow, machineInfo } from "./machine";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ITEMS = arg("items", 10_000);
const CONNECTIONS = arg("connections", 10);
const SECRET = "bench-cron-secret-long-enough";
const log = (msg: string) => process.stderr.write(`[bench:wire] ${msg}\n`);

const PLACES = ["ISLAMABAD", "KARACHI", "LAHORE", "PESHAWAR", "QUETTA", "MULTAN", "GILGIT", "SUKKUR"];
const SUBJECTS = ["wheat prices", "river levels", "power tariffs", "cricket trials", "school exams", "port traffic", "bus fares", "rain forecast"];

/** A feed of n distinct items (different subjects and numbers, so near-duplicate grouping stays realistic). */
function feed(n: number): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    const place = PLACES[i % PLACES.length];
    const subject = SUBJECTS[(i * 7) % SUBJECTS.length];
    const title = `Officials review ${subject} in ${place[0]}${place.slice(1).toLowerCase()} (report ${i})`;
    const body = `<p>${place}, Nov 19 (BWA): Officials reviewed ${subject} on Thursday in meeting ${i}, with ${(i * 37) % 1000} people attending.</p><p>A second paragraph with figure ${(i * 91) % 5000} and a note on district ${i % 140}.</p>`;
    items.push(
      `<item><guid isPermaLink="false">bench-${i}</guid><title>${title}</title><link>https://agency.example.com/b/${i}</link><pubDate>Thu, 19 Nov 2026 09:00:00 GMT</pubDate><description><![CDATA[${body}]]></description></item>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench agency</title><link>https://agency.example.com</link><description>bench</description>${items.join("")}</channel></rss>`;
}

const row = (label: string, r: LoadResult) => `| ${label} | ${Math.round(r.requestsPerSec)} | ${r.p50} | ${r.p99} | ${r.max} | ${r.errors + r.wrongStatus} |`;

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "wire-bench-"));
  const databaseUrl = `file:${path.join(dir, "bench.db")}`;
  const body = feed(ITEMS);
  const agency = createServer((_req, res) => res.writeHead(200, { "Content-Type": "application/rss+xml" }).end(body));
  await new Promise<void>((resolve) => agency.listen(0, "127.0.0.1", resolve));
  try {
    log(`demo database in ${dir} ...`);
    await prepareDatabase(databaseUrl);
    const db = createPrismaClient(databaseUrl);
    const article = await db.article.findFirstOrThrow({ where: { status: "published", language: "en" }, orderBy: { publishedAt: "desc" }, select: { slug: true } });
    const category = await db.category.findFirstOrThrow({ select: { id: true } });
    // Only this source is due (the demo's own sources wait an hour).
    await db.wireSource.updateMany({ data: { nextPollAt: new Date(Date.now() + 3_600_000) } });
    const source = await db.wireSource.create({
      data: { name: "Bench agency", agency: "BWA", url: `http://127.0.0.1:${(agency.address() as AddressInfo).port}/feed.xml`, format: "rss", categoryId: category.id, nextPollAt: new Date(Date.now() - 60_000) },
    });

    const server = await startServer({ label: "wire", env: { DATABASE_URL: databaseUrl, PORTAL_DEMO: "1", OUTBOUND_ALLOW_PRIVATE: "1", CRON_SECRET: SECRET, WIRE_POLL: "0" } });
    const reader = { base: server.url, paths: [`/news/${article.slug}`], connections: CONNECTIONS, expectStatus: 200 };
    const poll = async () => {
      const t = Date.now();
      const res = await fetch(`${server.url}/api/cron/wire-poll`, { headers: { authorization: `Bearer ${SECRET}` } });
      const out = (await res.json()) as { polled: { id: number; ok: boolean; added?: number; unchanged?: number; error?: string }[] };
      const mine = out.polled.find((p) => p.id === source.id);
      if (!mine?.ok) throw new Error(`poll failed: ${JSON.stringify(out)}`);
      return { seconds: (Date.now() - t) / 1000, outcome: mine };
    };
    try {
      await measure({ ...reader, durationSec: 3 }); // warm the page
      const window = loadWindow(server.pids);
      const idle = await measure({ ...reader, durationSec: 10 });
      log(`idle p99 ${idle.p99} ms; polling ${ITEMS} items ...`);
      const ingest = poll();
      let done: Awaited<ReturnType<typeof poll>> | null = null;
      ingest.then((d) => (done = d)).catch(() => undefined);
      const rounds: LoadResult[] = [];
      while (!done) {
        rounds.push(await measure({ ...reader, durationSec: 5 }));
      }
      const first = await ingest;
      const during = combined(rounds, 5);
      // Due again at once: the same feed, every item unchanged (a server without ETags, so it is parsed again).
      await db.wireSource.update({ where: { id: source.id }, data: { nextPollAt: new Date(Date.now() - 1000) } });
      const again = await poll();
      const load = window();
      const m = machineInfo();
      console.log(
        [
          `Wire ingest of ${ITEMS} RSS items through the server's cron route (${new Date().toISOString().slice(0, 10)}, ${m.cores} cores, ${m.cpuModel}, Node ${m.node}, SQLite; machine busy ${Math.round(load.machineBusyPct)}%, others ${Math.round(load.othersPct)}%, load average ${load.loadAvg.toFixed(1)})`,
          "",
          "| step | time |",
          "| --- | --- |",
          `| fetch + parse + ingest (${first.outcome.added} added) | ${first.seconds.toFixed(1)} s |`,
          `| the same feed again (${again.outcome.unchanged} unchanged) | ${again.seconds.toFixed(1)} s |`,
          "",
          `Reader: one cached article page, ${CONNECTIONS} connections`,
          "",
          "| when | req/s | p50 ms | p99 ms | max ms | errors |",
          "| --- | ---: | ---: | ---: | ---: | ---: |",
          row("idle", idle),
          row(`during the ingest (${rounds.length} × 5 s)`, during),
        ].join("\n"),
      );
    } finally {
      await server.stop();
      await db.$disconnect();
    }
  } finally {
    agency.close();
    if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
