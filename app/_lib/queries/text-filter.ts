// Case-insensitive "contains" for newsroom filters on both databases. SQLite's
// LIKE (what Prisma's `contains` becomes there) ignores case already; Postgres's
// does not, and Prisma's `mode: "insensitive"` (ILIKE) exists only for
// Postgres: the SQLite client rejects it. Every text filter goes through here.
import { isPostgres } from "../env";

export function containsText(value: string): { contains: string } {
  const filter = isPostgres() ? { contains: value, mode: "insensitive" as const } : { contains: value };
  // The SQLite client's types do not know `mode`; the Postgres client takes it.
  return filter;
}
