// Applies prisma/postgres/migrations to a Postgres database and records them in
// `_prisma_migrations` exactly as Prisma Migrate does (same table, id, checksum
// = SHA-256 of migration.sql, started/finished times, applied_steps_count), so
// `prisma migrate status/deploy` from a machine whose schema engine can reach
// Postgres reads the same history. (Here the WebAssembly schema engine cannot
// introspect Postgres, so `migrate deploy` itself fails; see GUIDE.md.)
//
// Unlike `migrate deploy`, each migration and its history row are committed in
// one transaction (Postgres DDL is transactional): a failed migration leaves
// nothing half-applied. Like Prisma, a failed migration is recorded (with logs)
// and blocks later deploys until it is resolved.
import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrationNames } from "./derive-postgres";

export const PG_MIGRATIONS_DIR = "prisma/postgres/migrations";
// Prisma Migrate's advisory lock key, so our deploy and Prisma's never overlap.
const ADVISORY_LOCK = 72707369;

// The DDL Prisma Migrate uses for its history table on Postgres.
const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export const checksum = (sql: string) => createHash("sha256").update(sql).digest("hex");

type Row = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/** Applies pending migrations; returns the names applied. */
export async function deployPostgresMigrations(url: string, dir = PG_MIGRATIONS_DIR, log = console.log): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK]);
    await client.query(HISTORY_TABLE);
    const { rows } = await client.query<Row>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const failed = rows.find((r) => !r.finished_at && !r.rolled_back_at);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} failed earlier and is not resolved. Fix the database, then mark it ` +
          `rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}') and deploy again.`,
      );
    }
    const done = new Map(rows.filter((r) => r.finished_at).map((r) => [r.migration_name, r.checksum]));
    for (const name of migrationNames(dir)) {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const sum = checksum(sql);
      if (done.has(name)) {
        if (done.get(name) !== sum) log(`warning: ${name} was modified after it was applied (checksum differs).`);
        continue;
      }
      const id = randomUUID();
      try {
        await client.query("BEGIN");
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
          [id, sum, name],
        );
        await client.query(sql);
        await client.query(`UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`, [id]);
        await client.query("COMMIT");
        applied.push(name);
        log(`applied ${name}`);
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        const message = err instanceof Error ? err.message : String(err);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count, logs) VALUES ($1, $2, $3, now(), 0, $4)`,
          [id, sum, name, message],
        );
        throw new Error(`Postgres migration ${name} failed (nothing of it was applied): ${message}`);
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK]).catch(() => {});
    await client.end();
  }
  return applied;
}

/** Migrations in the folder that the database has not applied yet. */
export async function pendingPostgresMigrations(url: string, dir = PG_MIGRATIONS_DIR): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query(`SELECT to_regclass('"_prisma_migrations"') AS t`);
    const done = new Set<string>();
    if (exists.rows[0].t) {
      const { rows } = await client.query<Row>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
      for (const r of rows) done.add(r.migration_name);
    }
    return migrationNames(dir).filter((n) => !done.has(n));
  } finally {
    await client.end();
  }
}

async function main() {
  const url = process.env.DATABASE_URL ?? "";
  if (!/^postgres(ql)?:\/\//.test(url)) {
    console.error("DATABASE_URL must be a postgres:// URL (SQLite databases use `prisma migrate deploy`).");
    process.exit(2);
  }
  if (process.argv.includes("--status")) {
    const pending = await pendingPostgresMigrations(url);
    console.log(pending.length ? `Pending: ${pending.join(", ")}` : "Database schema is up to date.");
    process.exit(pending.length ? 1 : 0);
  }
  const applied = await deployPostgresMigrations(url);
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "No pending migrations.");
}

if (process.argv[1]?.endsWith("postgres-migrate.ts")) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
