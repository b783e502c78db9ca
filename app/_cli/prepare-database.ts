// Brings a database to the current schema and, when it has no content, seeds
// the demo newsroom. Used by `npm start` and by the e2e server.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaClient } from "@/app/_generated/prisma/client";
import { createAdapter } from "@/app/_lib/db-adapter";
import { resetContent, seedDemo } from "@/prisma/seed/seed";

export function sqliteFile(url: string): string | null {
  return url.startsWith("file:") ? url.slice("file:".length) : null;
}

export function migrate(databaseUrl: string) {
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
  migrate(databaseUrl);
  const db = new PrismaClient({ adapter: createAdapter(databaseUrl) });
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
