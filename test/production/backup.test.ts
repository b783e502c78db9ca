// Backup and restore (`npm run export` / `npm run import`, app/_cli/backup):
// a demo newsroom goes SQLite -> Postgres -> SQLite and comes back with every
// row of every backed-up table and every media file unchanged. The round trip
// needs a real Postgres: it runs under `npm run test:pg` (part of `npm test`),
// whose throwaway server TEST_POSTGRES_URL points at; the SQLite-only checks
// run under `npm run test:unit`.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, type PrismaClient } from "@/app/_generated/prisma/client";
import { createPrismaClient } from "@/app/_lib/db-adapter";
import { verifyPassword } from "@/app/_lib/auth/password";
import { migrate } from "@/app/_cli/prepare-database";
import { exportBackup, importBackup } from "@/app/_cli/backup/backup";
import { localMediaStore } from "@/app/_lib/media/local-media-store";
import { BACKUP_TABLES, delegateName, NOT_BACKED_UP, UNUSABLE_PASSWORD } from "@/app/_cli/backup/tables";
import { DEMO_PASSWORD } from "@/prisma/seed/newsroom";
import { seedDemo } from "@/prisma/seed/seed";

const adminUrl = process.env.TEST_POSTGRES_URL;
const work = mkdtempSync(path.join(tmpdir(), "backup-test-"));
const sqlite = (name: string) => `file:${path.join(work, `${name}.db`)}`;
const media = (name: string) => path.join(work, `media-${name}`);
const archive = (name: string) => path.join(work, `${name}.tar.gz`);

type Row = Record<string, unknown>;
const findMany = (db: PrismaClient, model: string, orderBy: Row[]) =>
  (db as unknown as Record<string, { findMany: (a: { orderBy: Row[] }) => Promise<Row[]> }>)[delegateName(model)].findMany({ orderBy });

/** Every backed-up table as canonical JSON lines (primary-key order, dates as ISO strings). */
async function dump(url: string): Promise<Record<string, string[]>> {
  const db = createPrismaClient(url);
  try {
    const out: Record<string, string[]> = {};
    for (const t of BACKUP_TABLES) {
      const rows = await findMany(db, t.model, t.key.map((k) => ({ [k]: "asc" })));
      out[t.model] = rows.map((r) => JSON.stringify(r, (_k, v) => (v instanceof Date ? v.toISOString() : v)));
    }
    return out;
  } finally {
    await db.$disconnect();
  }
}

/** Relative path -> bytes of every file under a folder. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const full = path.join(d.parentPath, d.name);
    out.set(path.relative(dir, full), readFileSync(full));
  }
  return out;
}

/** A seeded demo newsroom plus rows of the tables the seed leaves empty. */
async function newsroom(url: string, mediaDir: string) {
  await migrate(url);
  const db = createPrismaClient(url);
  const previous = process.env.MEDIA_DIR;
  process.env.MEDIA_DIR = mediaDir;
  try {
    await seedDemo(db);
    const article = await db.article.findFirstOrThrow({ orderBy: { id: "asc" } });
    const user = await db.user.findFirstOrThrow({ orderBy: { id: "asc" } });
    await db.redirect.create({ data: { fromPath: "/old/path", toPath: `/news/${article.slug}`, statusCode: 308 } });
    await db.webhook.create({ data: { url: "https://hooks.example.com/in", secret: "s3cret", events: "article.published" } });
    await db.siteSetting.upsert({ where: { key: "backup-test" }, update: {}, create: { key: "backup-test", value: "ünïcödé ✓ \"quoted\"\nline" } });
    await db.revision.create({ data: { articleId: article.id, version: 99, snapshot: JSON.stringify({ title: article.title }), note: "backup test", userId: user.id } });
    await db.auditLog.create({ data: { userId: user.id, actor: user.email, action: "article.updated", entityType: "article", entityId: String(article.id) } });
    await db.articleViewDaily.create({ data: { articleId: article.id, day: "2026-11-30", count: 42 } });
    const wire = await db.wireSource.create({
      data: { name: "Test agency", agency: "TST", url: "https://wire.example.com/feed", format: "rss", categoryId: article.categoryId, credential: { create: { authHeader: "Bearer never-exported" } } },
    });
    await db.wireItem.create({ data: { sourceId: wire.id, guid: "tst-1", raw: "<item/>", title: "ٹیسٹ wire item", articleId: article.id, status: "taken" } });
  } finally {
    process.env.MEDIA_DIR = previous;
    await db.$disconnect();
  }
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("backup contents", () => {
  it("covers every model, or says why it leaves one out", () => {
    const covered = [...BACKUP_TABLES.map((t) => t.model), ...Object.keys(NOT_BACKED_UP)].sort();
    expect(covered).toEqual(Object.values(Prisma.ModelName).sort());
  });
});

describe.runIf(!adminUrl)("backup and restore on SQLite", () => {
  // Seeding draws the demo images (sharp): minutes on a busy 2-core machine.
  beforeAll(() => newsroom(sqlite("source"), media("source")), 600_000);

  it("leaves password hashes out unless asked, and restored accounts cannot sign in until given a new password", async () => {
    const manifest = await exportBackup({ databaseUrl: sqlite("source"), media: localMediaStore(media("source")), file: archive("no-hashes") });
    expect(manifest.withPasswordHashes).toBe(false);
    const { usersWithoutPassword } = await importBackup({ databaseUrl: sqlite("restored"), media: localMediaStore(media("restored")), file: archive("no-hashes") });
    expect(usersWithoutPassword).toBe(manifest.tables.User);
    const db = createPrismaClient(sqlite("restored"));
    try {
      const users = await db.user.findMany({ select: { passwordHash: true, passwordIsDefault: true } });
      expect(users.length).toBeGreaterThan(0);
      for (const u of users) {
        expect(u.passwordHash).toBe(UNUSABLE_PASSWORD);
        expect(await verifyPassword(DEMO_PASSWORD, u.passwordHash)).toBe(false);
      }
      expect(await db.article.count()).toBe(manifest.tables.Article);
      // Wire sources come back without their auth header (a credential, like API tokens).
      expect(await db.wireSource.count()).toBe(manifest.tables.WireSource);
      expect(await db.wireItem.count()).toBe(manifest.tables.WireItem);
      expect(manifest.tables.WireSource).toBe(3); // the demo's two and this test's
      expect(await db.wireSourceCredential.count()).toBe(0);
      expect(gunzipSync(readFileSync(archive("no-hashes"))).includes("never-exported")).toBe(false);
    } finally {
      await db.$disconnect();
    }
  }, 300_000);

  it("refuses to import into a database that has content", async () => {
    await expect(importBackup({ databaseUrl: sqlite("source"), media: localMediaStore(media("other")), file: archive("no-hashes") })).rejects.toThrow(
      /not empty \(.*Article: \d+.*\).*empty database only/,
    );
  }, 120_000);
});

describe.runIf(!!adminUrl)("backup and restore, SQLite -> Postgres -> SQLite", () => {
  const admin = new pg.Client({ connectionString: adminUrl });
  const dbName = `backup_${process.pid}`;
  const postgres = () => adminUrl!.replace(/\/[^/]*$/, `/${dbName}`);

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await newsroom(sqlite("source"), media("source"));
  }, 600_000);
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  });

  it("loses nothing: every row of every table and every media file", async () => {
    const opts = { withPasswordHashes: true };
    await exportBackup({ databaseUrl: sqlite("source"), media: localMediaStore(media("source")), file: archive("from-sqlite"), ...opts });
    await importBackup({ databaseUrl: postgres(), media: localMediaStore(media("postgres")), file: archive("from-sqlite") });
    await exportBackup({ databaseUrl: postgres(), media: localMediaStore(media("postgres")), file: archive("from-postgres"), ...opts });
    await importBackup({ databaseUrl: sqlite("back"), media: localMediaStore(media("back")), file: archive("from-postgres") });

    const source = await dump(sqlite("source"));
    for (const t of BACKUP_TABLES) expect(source[t.model].length, `${t.model} has rows to compare`).toBeGreaterThan(0);
    const [onPostgres, back] = [await dump(postgres()), await dump(sqlite("back"))];
    for (const t of BACKUP_TABLES) {
      expect(onPostgres[t.model], `${t.model} on Postgres`).toEqual(source[t.model]);
      expect(back[t.model], `${t.model} back on SQLite`).toEqual(source[t.model]);
    }

    const original = files(media("source"));
    expect(original.size).toBeGreaterThan(0);
    expect(files(media("postgres"))).toEqual(original);
    expect(files(media("back"))).toEqual(original);
  }, 600_000);

  it("leaves Postgres ready for new rows (id sequences moved past the restored ids) and searchable", async () => {
    const db = createPrismaClient(postgres());
    try {
      const max = await db.category.aggregate({ _max: { id: true } });
      const created = await db.category.create({ data: { slug: "after-restore", name: "After restore" } });
      expect(created.id).toBe((max._max.id ?? 0) + 1);
      const revision = await db.revision.create({ data: { articleId: (await db.article.findFirstOrThrow()).id, version: 1, snapshot: "{}" } });
      expect(revision.id).toBeGreaterThan(0);
      // The search column is generated from the restored rows.
      const hits = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "Article" WHERE "searchVector" @@ to_tsquery('simple', 'the')`);
      expect(Number(hits[0].n)).toBeGreaterThan(0);
    } finally {
      await db.$disconnect();
    }
  });

  it("refuses to import into a Postgres database that has content", async () => {
    await expect(importBackup({ databaseUrl: postgres(), media: localMediaStore(media("again")), file: archive("from-sqlite") })).rejects.toThrow(/not empty/);
  });
});
