// The bench's large database: reused when it has the articles and every
// committed migration, seeded afresh otherwise; read with better-sqlite3.
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { sqliteFile } from "../prepare-database";
import { seedLarge } from "@/prisma/seed/large";
import { config, type BenchResult } from "./config";

type Statement = { all(...p: unknown[]): unknown[]; get(...p: unknown[]): unknown };
export type SqliteDb = { prepare(sql: string): Statement; close(): void };
export const Database = createRequire(path.join(process.cwd(), "package.json"))("better-sqlite3") as new (
  file: string,
  opts?: { readonly?: boolean },
) => SqliteDb;


const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

function appliedMigrations(db: SqliteDb): Set<string> {
  try {
    return new Set((db.prepare(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`).all() as { migration_name: string }[]).map((r) => r.migration_name));
  } catch {
    return new Set();
  }
}

/** The large database, reused when it has the articles and every committed migration. */
export async function dataset(notes: string[]): Promise<BenchResult["dataset"]> {
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

