// The Postgres schema is derived from the SQLite source, never edited by hand.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema } from "@/app/_cli/derive-postgres";

const source = readFileSync("prisma/schema.prisma", "utf8");

describe("derived Postgres schema", () => {
  it("swaps the provider and the generated client folder, nothing else", () => {
    const derived = derivePostgresSchema(source);
    expect(derived).toMatch(/provider\s*=\s*"postgresql"/);
    expect(derived).toContain('"../../app/_generated/prisma-pg"');
    expect(derived).not.toContain('"sqlite"');
    const strip = (s: string) => s.replace(/^\/\/ GENERATED.*\n/, "").replace(/"postgresql"|"sqlite"/g, "P").replace(/"[./]*app\/_generated\/prisma(-pg)?"/g, "O");
    expect(strip(derived)).toBe(strip(source));
  });

  it("is what prisma/postgres/schema.prisma holds (run `npm run db:derive` after a model change)", () => {
    expect(readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(derivePostgresSchema(source));
  });
});

describe("deriving Postgres migrations", () => {
  const copyRepo = async () => {
    const { cpSync, mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const root = mkdtempSync(`${tmpdir()}/derive-`);
    cpSync("prisma", `${root}/prisma`, { recursive: true });
    return root;
  };

  it("asks for a hand-written Postgres equivalent of a raw SQL SQLite migration", async () => {
    const { mkdirSync, writeFileSync } = await import("node:fs");
    const { plan } = await import("@/app/_cli/derive-postgres");
    const root = await copyRepo();
    mkdirSync(`${root}/prisma/migrations/29990101000000_fts`);
    writeFileSync(`${root}/prisma/migrations/29990101000000_fts/migration.sql`, "CREATE VIRTUAL TABLE x USING fts5(t);\n");
    const { errors } = plan(root);
    expect(errors.join("\n")).toMatch(/29990101000000_fts is hand-written SQL/);
  });

  it("writes the Postgres migration for a model change from the schema diff", async () => {
    const { mkdirSync, readFileSync: read, writeFileSync } = await import("node:fs");
    const { plan } = await import("@/app/_cli/derive-postgres");
    const root = await copyRepo();
    const schema = read(`${root}/prisma/schema.prisma`, "utf8").replace("  isBreaking       Boolean", "  isExclusive      Boolean         @default(false)\n  isBreaking       Boolean");
    writeFileSync(`${root}/prisma/schema.prisma`, schema);
    mkdirSync(`${root}/prisma/migrations/29990101000000_exclusive`);
    writeFileSync(`${root}/prisma/migrations/29990101000000_exclusive/migration.sql`, '-- AlterTable\nALTER TABLE "Article" ADD COLUMN "isExclusive" BOOLEAN NOT NULL DEFAULT false;\n');
    const { files, errors } = plan(root);
    expect(errors).toEqual([]);
    expect(files.get("prisma/postgres/migrations/29990101000000_exclusive/migration.sql")).toMatch(
      /ALTER TABLE "Article" ADD COLUMN\s+"isExclusive" BOOLEAN NOT NULL DEFAULT false/,
    );
    expect(files.get("prisma/postgres/migrations/schema-snapshot.prisma")).toContain("isExclusive");
  }, 120_000);
});
