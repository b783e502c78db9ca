// `npm run db:derive` / `npm run db:check-derived`
// prisma/schema.prisma (SQLite) is the one source of truth. This writes what
// Postgres needs from it and, with --check, fails when the committed files drift:
//   prisma/postgres/schema.prisma        provider swapped, its own generated client
//   prisma/postgres/migrations/<name>/   one Postgres migration per SQLite migration,
//                                        same name, so both histories read alike
//   prisma/postgres/migrations/schema-snapshot.prisma
//                                        the derived schema the last Postgres migration
//                                        reaches; the next diff starts from it
// Prisma-generated SQLite migrations get a Postgres migration written by
// `prisma migrate diff` (snapshot -> new derived schema). Hand-written SQLite
// migrations (raw SQL such as FTS5) change no model, so there is nothing to
// diff: their Postgres equivalent must be written by hand, and this says so.
// A Postgres-only change (raw SQL such as the tsvector search column,
// 20261130100000_search_tsvector) is the same pair the other way round: a
// SQLite migration that does nothing (`SELECT 1;`, with a comment saying why)
// and the hand-written Postgres one, so both histories keep the same names.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const SOURCE = "prisma/schema.prisma";
const SQLITE_MIGRATIONS = "prisma/migrations";
const PG_DIR = "prisma/postgres";
const PG_SCHEMA = `${PG_DIR}/schema.prisma`;
const PG_MIGRATIONS = `${PG_DIR}/migrations`;
const SNAPSHOT = `${PG_MIGRATIONS}/schema-snapshot.prisma`;
const HEADER = "// GENERATED from prisma/schema.prisma by `npm run db:derive`. Do not edit.\n";

/** The Postgres schema text for a SQLite schema text. */
export function derivePostgresSchema(source: string): string {
  const provider = /(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/;
  const output = /(generator\s+client\s*\{[^}]*output\s*=\s*)"\.\.\/app\/_generated\/prisma"/;
  if (!provider.test(source)) throw new Error(`${SOURCE}: expected provider = "sqlite" in datasource db`);
  if (!output.test(source)) throw new Error(`${SOURCE}: expected output = "../app/_generated/prisma" in generator client`);
  return (
    HEADER +
    source
      .replace(provider, '$1"postgresql"')
      // A second generated client: the provider is compiled into a Prisma client.
      .replace(output, '$1"../../app/_generated/prisma-pg"')
  );
}

export function migrationNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

// Prisma-generated SQLite migrations start their statements with these comments.
const GENERATED_MARK = /^-- (CreateTable|AlterTable|CreateIndex|DropIndex|DropTable|RedefineTables|RenameIndex|DropForeignKey|AddForeignKey)\b/m;

function diffSchemas(from: string | null, toFile: string): string {
  const args = ["prisma", "migrate", "diff", "--to-schema-datamodel", toFile, "--script"];
  args.splice(3, 0, ...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]));
  mkdirSync("data", { recursive: true });
  // The CLI validates prisma/schema.prisma (SQLite) from prisma.config.ts first,
  // so DATABASE_URL must be a file: URL; the diff itself connects to nothing.
  const sql = execFileSync("npx", args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: "file:./data/derive.db" },
  });
  return /This is an empty migration/.test(sql) ? "" : sql.trim() + "\n";
}

type Plan = { files: Map<string, string>; errors: string[] };

/** Computes every file under prisma/postgres from the source, given what is committed. */
export function plan(root = "."): Plan {
  const at = (p: string) => path.join(root, p);
  const files = new Map<string, string>();
  const errors: string[] = [];
  const derived = derivePostgresSchema(readFileSync(at(SOURCE), "utf8"));
  files.set(PG_SCHEMA, derived);
  files.set(`${PG_MIGRATIONS}/migration_lock.toml`, '# Written by `npm run db:derive`.\nprovider = "postgresql"\n');

  const sqlite = migrationNames(at(SQLITE_MIGRATIONS));
  const pg = new Set(migrationNames(at(PG_MIGRATIONS)));
  const extra = [...pg].filter((n) => !sqlite.includes(n));
  if (extra.length) errors.push(`Postgres migrations without a SQLite migration of the same name: ${extra.join(", ")}`);
  const missing = sqlite.filter((n) => !pg.has(n));
  const snapshot = existsSync(at(SNAPSHOT)) ? readFileSync(at(SNAPSHOT), "utf8") : null;
  files.set(SNAPSHOT, snapshot ?? "");

  if (snapshot === derived && missing.length === 0) return { files, errors };

  const tmp = mkdtempSync(path.join(tmpdir(), "derive-pg-"));
  try {
    let changes = "";
    if (snapshot !== derived) {
      const fromFile = snapshot ? path.join(tmp, "from.prisma") : null;
      if (fromFile) writeFileSync(fromFile, snapshot!);
      const toFile = path.join(tmp, "to.prisma");
      writeFileSync(toFile, derived);
      changes = diffSchemas(fromFile, toFile);
    }
    const generated = missing.filter((n) => GENERATED_MARK.test(readFileSync(at(`${SQLITE_MIGRATIONS}/${n}/migration.sql`), "utf8")));
    const manual = missing.filter((n) => !generated.includes(n));
    for (const name of manual) {
      errors.push(
        `${SQLITE_MIGRATIONS}/${name} is hand-written SQL: write its Postgres equivalent by hand in ` +
          `${PG_MIGRATIONS}/${name}/migration.sql (start it with "-- Hand-written Postgres equivalent").`,
      );
    }
    if (changes && generated.length === 0) {
      errors.push(`${SOURCE} changed but no new SQLite migration covers it: run \`npm run db:migration -- <name>\` first.`);
    }
    // Several new SQLite migrations at once (merges): the whole model change
    // goes into the last of them; the others record that they are covered.
    const last = generated.at(-1);
    for (const name of generated) {
      const body =
        name === last
          ? `-- Derived from prisma/schema.prisma by \`npm run db:derive\` (Postgres side of ${name}).\n${changes || "-- No model change.\n"}`
          : `-- Derived by \`npm run db:derive\`: the model changes of ${name} are included in ${last}.\nSELECT 1;\n`;
      files.set(`${PG_MIGRATIONS}/${name}/migration.sql`, body);
    }
    if (!changes || generated.length > 0) files.set(SNAPSHOT, derived);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { files, errors };
}

function main() {
  const check = process.argv.includes("--check");
  const { files, errors } = plan();
  const drift: string[] = [];
  for (const [file, content] of files) {
    const current = existsSync(file) ? readFileSync(file, "utf8") : null;
    if (current === content) continue;
    drift.push(file);
    if (!check) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
      console.log(`wrote ${file}`);
    }
  }
  if (errors.length) {
    console.error(errors.map((e) => `✗ ${e}`).join("\n"));
    process.exit(1);
  }
  if (check && drift.length) {
    console.error(`The Postgres schema/migrations are out of date with ${SOURCE}:\n  ${drift.join("\n  ")}\nRun \`npm run db:derive\` and commit the result.`);
    process.exit(1);
  }
  if (!drift.length) console.log("Postgres schema and migrations are in sync with prisma/schema.prisma.");
  else if (!check) console.log("Now run `npx prisma generate --schema prisma/postgres/schema.prisma` (npm install does it).");
}

if (process.argv[1]?.endsWith("derive-postgres.ts")) main();
