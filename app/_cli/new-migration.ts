// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the schema at the last commit (or --from FILE)
// and prisma/schema.prisma. (`prisma migrate dev` cannot run with the
// JavaScript engine; schema-to-schema diffs can.)
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const fromIdx = args.indexOf("--from");
const fromFile = fromIdx >= 0 ? args.splice(fromIdx, 2)[1] : null;
const name = args[0];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <snake_case_name> [--from previous-schema.prisma]");
  process.exit(2);
}

const tmp = mkdtempSync(path.join(tmpdir(), "migration-"));
let previous = fromFile;
if (!previous) {
  previous = path.join(tmp, "previous.prisma");
  writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
}
mkdirSync("data", { recursive: true });
const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  // The CLI validates the schema's datasource first: it needs a file: URL even though nothing connects.
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, DATABASE_URL: "file:./data/migration-diff.db" } },
);
if (!sql.trim() || /This is an empty migration/.test(sql)) {
  console.log("No schema changes: nothing written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${dir}/migration.sql`);
// The Postgres side follows from the same change (prisma/postgres, see derive-postgres.ts).
const derive = spawnSync("npm", ["run", "--silent", "db:derive"], { stdio: "inherit" });
if (derive.status !== 0) process.exit(derive.status ?? 1);
