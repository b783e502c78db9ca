// Chooses the Prisma driver adapter from the database URL. Kept apart from
// db.ts so command-line scripts (seed, import/export) share it.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

export function createAdapter(url: string) {
  if (/^postgres(ql)?:\/\//.test(url)) {
    // Loaded lazily so SQLite installs never touch pg.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { PrismaPg } = require("@prisma/adapter-pg") as typeof import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: url });
  }
  return new PrismaBetterSQLite3({ url });
}
