// Import this FIRST in an integration test file: it gives the file its own
// database (SQLite: a copy of a template migrated with `prisma migrate deploy`;
// Postgres under `npm run test:pg`: a clone of a migrated template database)
// and points DATABASE_URL at it before the app's db module loads.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const migrationsDir = path.join(root, "prisma/migrations");

function migrationsHash(): string {
  const h = createHash("sha256");
  for (const dir of readdirSync(migrationsDir).sort()) {
    const file = path.join(migrationsDir, dir, "migration.sql");
    if (existsSync(file)) h.update(dir).update(readFileSync(file));
  }
  return h.digest("hex").slice(0, 16);
}

const dir = path.join(os.tmpdir(), "newsroom-tests");
mkdirSync(dir, { recursive: true });

// Under `npm run test:pg` (app/_cli/with-postgres.ts) each test file gets its own
// Postgres database, cloned from a template the runner migrated once.
async function postgresDatabase(adminUrl: string, template: string): Promise<string> {
  const { default: pg } = await import("pg");
  const name = `test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  return adminUrl.replace(/\/[^/?]*(\?.*)?$/, `/${name}`);
}

function sqliteDatabase(): string {
  const template = path.join(dir, `template-${migrationsHash()}.db`);
  if (!existsSync(template)) {
    const tmp = `${template}.${process.pid}.tmp`;
    const res = spawnSync("npx", ["prisma", "migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `file:${tmp}` },
      encoding: "utf8",
    });
    if (res.status !== 0) throw new Error(`prisma migrate deploy failed:\n${res.stdout}\n${res.stderr}`);
    copyFileSync(tmp, template);
  }
  const file = path.join(dir, `test-${process.pid}-${randomBytes(4).toString("hex")}.db`);
  copyFileSync(template, file);
  return file;
}

const pgAdmin = process.env.TEST_POSTGRES_URL;
export const testDatabaseFile = pgAdmin ? null : sqliteDatabase();
process.env.DATABASE_URL = pgAdmin
  ? await postgresDatabase(pgAdmin, process.env.TEST_POSTGRES_TEMPLATE ?? "portal_template")
  : `file:${testDatabaseFile}`;
process.env.MEDIA_DIR = path.join(dir, `media-${process.pid}`);
