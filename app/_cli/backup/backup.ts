// Backup and restore of all content, database-neutral: `npm run export` /
// `npm run import` (app/_cli/export.ts, import.ts) call these.
//
// The backup is one gzipped tar file:
//   manifest.json          format version, migrations the data was written under, row counts
//   data/<Model>.ndjson    one JSON row per line, in primary-key order (dates as {"$date": ISO})
//   media/...              every file in the media store (originals and variants), byte for byte
// Rows go through the Prisma client, never raw SQL, so a SQLite backup restores
// into Postgres and back, ids included.
import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import * as tar from "tar";
import type { PrismaClient } from "@/app/_generated/prisma/client";
import { createPrismaClient, isPostgresUrl } from "@/app/_lib/db-adapter";
import { migrationNames } from "../derive-postgres";
import { migrate } from "../prepare-database";
import { copyFolderToStore, copyStoreToFolder } from "./media-files";
import type { MediaStore } from "@/app/_lib/media/media-store";
import { BACKUP_TABLES, delegateName, NOT_BACKED_UP, UNUSABLE_PASSWORD, type BackupTable } from "./tables";

const FORMAT = "meridian-backup";
const VERSION = 1;
const BATCH = 500;
const MIGRATIONS_DIR = "prisma/migrations";
// Long enough for a large archive; the whole export (or import) is one transaction.
const TX = { maxWait: 60_000, timeout: 6 * 60 * 60 * 1000 };

export type Manifest = {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  source: "sqlite" | "postgres";
  /** Migrations the data was written under; an import needs all of them. */
  migrations: string[];
  withPasswordHashes: boolean;
  tables: Record<string, number>;
  mediaFiles: number;
};

export class BackupError extends Error {}

type Row = Record<string, unknown>;
type Delegate = {
  findMany: (args: { orderBy: Record<string, "asc">[]; skip: number; take: number }) => Promise<Row[]>;
  createMany: (args: { data: Row[] }) => Promise<unknown>;
  update: (args: { where: Row; data: Row }) => Promise<unknown>;
  count: () => Promise<number>;
};
type Client = Pick<PrismaClient, "$queryRawUnsafe" | "$executeRawUnsafe">;
const delegate = (db: unknown, model: string) => (db as Record<string, Delegate>)[delegateName(model)];

// Dates survive JSON as {"$date": "..."}; everything else in the models is plain JSON.
function toLine(row: Row): string {
  return JSON.stringify(row, function (this: Row, key, value) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : value;
  });
}
function fromLine(line: string): Row {
  return JSON.parse(line, (_key, value) =>
    value && typeof value === "object" && typeof value.$date === "string" && Object.keys(value).length === 1 ? new Date(value.$date) : value,
  );
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length;
}

export type ExportOptions = { databaseUrl: string; media: MediaStore; file: string; withPasswordHashes?: boolean; log?: (line: string) => void };

export async function exportBackup(opts: ExportOptions): Promise<Manifest> {
  const log = opts.log ?? (() => {});
  const work = mkdtempSync(path.join(tmpdir(), "portal-export-"));
  const db = createPrismaClient(opts.databaseUrl);
  try {
    mkdirSync(path.join(work, "data"));
    const tables: Record<string, number> = {};
    // One transaction, so every table is read from the same moment (a snapshot
    // on Postgres) while the portal keeps running.
    await db.$transaction(
      async (tx) => {
        for (const table of BACKUP_TABLES) {
          tables[table.model] = await exportTable(tx, table, path.join(work, "data", `${table.model}.ndjson`), !!opts.withPasswordHashes);
          log(`  ${table.model.padEnd(18)} ${tables[table.model]}`);
        }
      },
      // The SQLite client's types only know "Serializable"; the Postgres client takes this.
      { ...TX, ...(isPostgresUrl(opts.databaseUrl) ? { isolationLevel: "RepeatableRead" as unknown as "Serializable" } : {}) },
    );
    const media = path.join(work, "media");
    mkdirSync(media);
    await copyStoreToFolder(opts.media, media);
    const manifest: Manifest = {
      format: FORMAT,
      version: VERSION,
      createdAt: new Date().toISOString(),
      source: isPostgresUrl(opts.databaseUrl) ? "postgres" : "sqlite",
      migrations: migrationNames(MIGRATIONS_DIR),
      withPasswordHashes: !!opts.withPasswordHashes,
      tables,
      mediaFiles: countFiles(media),
    };
    log(`  ${"media files".padEnd(18)} ${manifest.mediaFiles}`);
    writeFileSync(path.join(work, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
    mkdirSync(path.dirname(path.resolve(opts.file)), { recursive: true });
    await tar.create({ gzip: true, file: opts.file, cwd: work, portable: true }, ["manifest.json", "data", "media"]);
    return manifest;
  } finally {
    await db.$disconnect();
    rmSync(work, { recursive: true, force: true });
  }
}

async function exportTable(tx: unknown, table: BackupTable, file: string, withPasswordHashes: boolean): Promise<number> {
  const out = createWriteStream(file);
  const model = delegate(tx, table.model);
  const orderBy = table.key.map((k) => ({ [k]: "asc" as const }));
  let count = 0;
  for (;;) {
    const rows = await model.findMany({ orderBy, skip: count, take: BATCH });
    for (const row of rows) {
      if (table.model === "User" && !withPasswordHashes) row.passwordHash = null;
      if (!out.write(toLine(row) + "\n")) await once(out, "drain");
    }
    count += rows.length;
    if (rows.length < BATCH) break;
  }
  out.end();
  await once(out, "finish");
  return count;
}

export type ImportOptions = { databaseUrl: string; media: MediaStore; file: string; log?: (line: string) => void };
export type ImportResult = { manifest: Manifest; usersWithoutPassword: number };

export async function importBackup(opts: ImportOptions): Promise<ImportResult> {
  const log = opts.log ?? (() => {});
  const work = mkdtempSync(path.join(tmpdir(), "portal-import-"));
  try {
    if (!existsSync(opts.file)) throw new BackupError(`No such file: ${opts.file}`);
    await tar.extract({ file: opts.file, cwd: work });
    const manifest = readManifest(work);
    const unknown = manifest.migrations.filter((n) => !migrationNames(MIGRATIONS_DIR).includes(n));
    if (unknown.length) {
      throw new BackupError(`This backup was written by a newer version of the portal (migrations ${unknown.join(", ")}). Update the portal, then import.`);
    }
    await migrate(opts.databaseUrl);
    const db = createPrismaClient(opts.databaseUrl);
    let usersWithoutPassword = 0;
    try {
      await refuseNonEmpty(db, opts.databaseUrl);
      await db.$transaction(async (tx) => {
        const later: { model: string; where: Row; data: Row }[] = [];
        for (const table of BACKUP_TABLES) {
          const file = path.join(work, "data", `${table.model}.ndjson`);
          const model = delegate(tx, table.model);
          let batch: Row[] = [];
          let count = 0;
          for await (const line of existsSync(file) ? createInterface({ input: createReadStream(file), crlfDelay: Infinity }) : []) {
            if (!line) continue;
            const row = fromLine(line);
            if (table.model === "User" && row.passwordHash == null) {
              row.passwordHash = UNUSABLE_PASSWORD;
              row.passwordIsDefault = false;
              usersWithoutPassword++;
            }
            for (const col of table.deferred ?? []) {
              if (row[col] == null) continue;
              // updatedAt given explicitly, or Prisma's @updatedAt would stamp the restore time.
              const data = { [col]: row[col], ...("updatedAt" in row ? { updatedAt: row.updatedAt } : {}) };
              later.push({ model: table.model, where: Object.fromEntries(table.key.map((k) => [k, row[k]])), data });
              row[col] = null;
            }
            batch.push(row);
            if (batch.length === BATCH) {
              await model.createMany({ data: batch });
              count += batch.length;
              batch = [];
            }
          }
          if (batch.length) await model.createMany({ data: batch });
          count += batch.length;
          if (count !== (manifest.tables[table.model] ?? 0)) {
            throw new BackupError(`${table.model}: the backup says ${manifest.tables[table.model] ?? 0} rows but holds ${count}; the file is damaged.`);
          }
          log(`  ${table.model.padEnd(18)} ${count}`);
        }
        for (const u of later) await delegate(tx, u.model).update({ where: u.where, data: u.data });
        if (isPostgresUrl(opts.databaseUrl)) await resetSequences(tx as Client);
      }, TX);
    } finally {
      await db.$disconnect();
    }
    const media = path.join(work, "media");
    if (existsSync(media)) await copyFolderToStore(media, opts.media);
    log(`  ${"media files".padEnd(18)} ${countFiles(media)}`);
    return { manifest, usersWithoutPassword };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function readManifest(dir: string): Manifest {
  const file = path.join(dir, "manifest.json");
  const manifest = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Partial<Manifest>) : null;
  if (manifest?.format !== FORMAT) throw new BackupError("This file is not a portal backup (made by `npm run export`).");
  if (manifest.version !== VERSION) throw new BackupError(`Backup format version ${manifest.version} is not supported (this portal reads version ${VERSION}).`);
  return manifest as Manifest;
}

async function refuseNonEmpty(db: PrismaClient, url: string) {
  const models = [...BACKUP_TABLES.map((t) => t.model), ...Object.keys(NOT_BACKED_UP)];
  const filled: string[] = [];
  for (const model of models) {
    const n = await delegate(db, model).count();
    if (n > 0) filled.push(`${model}: ${n}`);
  }
  if (filled.length) {
    const where = isPostgresUrl(url) ? "a new Postgres database" : "a new SQLite file";
    throw new BackupError(
      `The database is not empty (${filled.join(", ")}). Import restores into an empty database only, ` +
        `so nothing is overwritten or mixed: point DATABASE_URL at ${where} and run the import again.`,
    );
  }
}

// Restored rows carry their ids; Postgres sequences do not notice explicit ids,
// so the next row created would collide. Move each past the largest id.
async function resetSequences(tx: Client) {
  for (const table of BACKUP_TABLES.filter((t) => t.serial)) {
    await tx.$queryRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"${table.model}"', 'id'), COALESCE(MAX("id"), 0) + 1, false) FROM "${table.model}"`,
    );
  }
}
