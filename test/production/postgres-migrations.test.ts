// Deploying the derived migrations to a real Postgres keeps Prisma Migrate's
// history table as `prisma migrate deploy` would. Runs under `npm run test:pg`
// (TEST_POSTGRES_URL points at its throwaway server).
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployPostgresMigrations, pendingPostgresMigrations, PG_MIGRATIONS_DIR } from "@/app/_cli/postgres-migrate";
import { migrationNames } from "@/app/_cli/derive-postgres";

const adminUrl = process.env.TEST_POSTGRES_URL;
const withUrl = (db: string) => adminUrl!.replace(/\/[^/]*$/, `/${db}`);

describe.runIf(!!adminUrl)("Postgres migration deploy", () => {
  const admin = new pg.Client({ connectionString: adminUrl });
  const dbName = `migrations_${process.pid}`;
  const url = () => withUrl(dbName);

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  });

  it("applies every migration once and records it like Prisma Migrate", async () => {
    const names = migrationNames(PG_MIGRATIONS_DIR);
    expect(await deployPostgresMigrations(url(), undefined, () => {})).toEqual(names);
    const client = new pg.Client({ connectionString: url() });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT id, checksum, migration_name, finished_at, started_at, applied_steps_count, logs, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(names);
      for (const row of rows) {
        const sql = readFileSync(path.join(PG_MIGRATIONS_DIR, row.migration_name, "migration.sql"));
        expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
        expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
        expect(row.applied_steps_count).toBe(1);
        expect(row.finished_at.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
        expect(row.logs).toBeNull();
        expect(row.rolled_back_at).toBeNull();
      }
      // The models exist: the tables Prisma maps to are there.
      const tables = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
      expect(tables.rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(["Article", "User", "ArticleTopic", "_prisma_migrations"]));
    } finally {
      await client.end();
    }
    // A second deploy has nothing to do.
    expect(await deployPostgresMigrations(url(), undefined, () => {})).toEqual([]);
    expect(await pendingPostgresMigrations(url())).toEqual([]);
  });

  it("leaves nothing half-applied when a migration fails, and blocks later deploys until resolved", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pg-migrations-"));
    cpSync(PG_MIGRATIONS_DIR, dir, { recursive: true });
    mkdirSync(path.join(dir, "29990101000000_broken"));
    writeFileSync(
      path.join(dir, "29990101000000_broken", "migration.sql"),
      `CREATE TABLE "HalfDone" (id INT);\nALTER TABLE "NoSuchTable" ADD COLUMN x INT;\n`,
    );
    await expect(deployPostgresMigrations(url(), dir, () => {})).rejects.toThrow(/29990101000000_broken failed/);
    const client = new pg.Client({ connectionString: url() });
    await client.connect();
    try {
      const half = await client.query(`SELECT to_regclass('"HalfDone"') AS t`);
      expect(half.rows[0].t).toBeNull();
      const failed = await client.query(`SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`);
      expect(failed.rows[0].finished_at).toBeNull();
      expect(failed.rows[0].logs).toContain("NoSuchTable");
      await expect(deployPostgresMigrations(url(), dir, () => {})).rejects.toThrow(/not resolved/);
      await client.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '29990101000000_broken'`);
      writeFileSync(path.join(dir, "29990101000000_broken", "migration.sql"), `CREATE TABLE "NowFine" (id INT);\n`);
      expect(await deployPostgresMigrations(url(), dir, () => {})).toEqual(["29990101000000_broken"]);
    } finally {
      await client.end();
    }
  });
});
