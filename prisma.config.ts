// Prisma CLI configuration: the JavaScript engine with driver adapters, so the
// CLI needs no native engine download (see README, "Database").
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

try {
  process.loadEnvFile?.(".env");
} catch {
  // no .env file: defaults apply
}
// schema.prisma reads env("DATABASE_URL"); without it the CLI falls back to
// downloading a native engine, which fails offline. Default it here.
process.env.DATABASE_URL ??= "file:./data/portal.db";
const url = process.env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
