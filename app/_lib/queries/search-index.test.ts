// The hand-written FTS5 migration on a fresh database: `prisma migrate deploy`
// applies it, the triggers keep the index in step with Article, and no input
// a reader can type makes the MATCH expression fail.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaClient } from "@/app/_generated/prisma/client";
import { createAdapter } from "@/app/_lib/db-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ftsMatchExpression, searchTerms } from "./search-query";

let dir: string;
let db: PrismaClient;

const search = async (q: string): Promise<string[]> => {
  const terms = searchTerms(q);
  if (terms.length === 0) return [];
  const rows = await db.$queryRawUnsafe<{ title: string }[]>(
    `SELECT a.title FROM ArticleSearch s JOIN Article a ON a.id = s.rowid
     WHERE ArticleSearch MATCH ? ORDER BY bm25(ArticleSearch, 10.0, 4.0, 1.0)`,
    ftsMatchExpression(terms),
  );
  return rows.map((r) => r.title);
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "search-fts-"));
  const url = `file:${path.join(dir, "test.db")}`;
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  db = new PrismaClient({ adapter: createAdapter(url) });
  await db.$executeRawUnsafe(`INSERT INTO Category (id, slug, name, updatedAt) VALUES (1, 'world', 'World', '2025-01-01T00:00:00.000+00:00')`);
  const insert = (slug: string, title: string, standfirst: string, searchText: string) =>
    db.$executeRawUnsafe(
      `INSERT INTO Article (slug, title, standfirst, searchText, status, categoryId, updatedAt) VALUES (?, ?, ?, ?, 'published', 1, '2025-01-01T00:00:00.000+00:00')`,
      slug,
      title,
      standfirst,
      searchText,
    );
  await insert("floods", "Floods close the Karachi port", "Monsoon rain", "Floods close the Karachi port\nMonsoon rain\nShips waited offshore.");
  await insert("budget", "Budget raises fuel tax", "Oil prices", "Budget raises fuel tax\nOil prices\nThe flood levy stays.");
  await insert("urdu", "کراچی میں سیلاب", "", "کراچی میں سیلاب");
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe("search index (FTS5 migration)", () => {
  it("finds articles inserted after the migration, title matches first", async () => {
    expect(await search("flood")).toEqual(["Floods close the Karachi port", "Budget raises fuel tax"]);
    expect(await search("کراچی")).toEqual(["کراچی میں سیلاب"]);
  });

  it("follows title edits and deletions", async () => {
    await db.$executeRawUnsafe(`UPDATE Article SET title = 'Storm shuts harbour', searchText = 'Storm shuts harbour' WHERE slug = 'floods'`);
    expect(await search("harbour")).toEqual(["Storm shuts harbour"]);
    expect(await search("karachi")).toEqual([]);
    await db.$executeRawUnsafe(`DELETE FROM Article WHERE slug = 'budget'`);
    expect(await search("fuel")).toEqual([]);
  });

  it("never fails on odd input", async () => {
    const odd = ['"', '"unbalanced', "AND", "OR NOT", "NEAR(a b, 3)", "*", "a*b", "^x", "col:val", "(", ")", "'; DROP TABLE Article; --", "x".repeat(10_000), "中文 搜索", "🙂", "-", "+"];
    for (const q of odd) await expect(search(q)).resolves.toBeInstanceOf(Array);
  });
});
