// Brings a database to the current schema and, when it has no content, seeds
// the demo newsroom. Used by `npm start` and by the e2e server.
// SQLite: `prisma migrate deploy`. Postgres: our own deploy of the derived
// migrations (the schema engine cannot reach Postgres here; see postgres-migrate.ts).
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createPrismaClient, isPostgresUrl } from "@/app/_lib/db-adapter";
import { resetContent, seedDemo } from "@/prisma/seed/seed";
import { deployPostgresMigrations } from "./postgres-migrate";

export function sqliteFile(url: string): string | null {
  return url.startsWith("file:") ? url.slice("file:".length) : null;
}

export async function migrate(databaseUrl: string) {
  if (isPostgresUrl(databaseUrl)) {
    await deployPostgresMigrations(databaseUrl, undefined, () => {});
    return;
  }
  const file = sqliteFile(databaseUrl);
  if (file) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const result = spawnSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`Database migration failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** Migrates, then seeds when empty (or always, with reset). Returns whether it seeded. */
export async function prepareDatabase(databaseUrl: string, opts: { reset?: boolean } = {}): Promise<boolean> {
  await migrate(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  try {
    const articles = await db.article.count();
    if (articles > 0 && !opts.reset) return false;
    if (opts.reset) await resetContent(db);
    await seedDemo(db);
    return true;
  } finally {
    await db.$disconnect();
  }
}
