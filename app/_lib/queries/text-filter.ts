// Case-insensitive "contains" for newsroom filters on both databases. SQLite's
// LIKE (what Prisma's `contains` becomes there) ignores case already; Postgres's
// does not, and Prisma's `mode: "insensitive"` (ILIKE) exists only for
// Postgres: the SQLite client rejects it. Every text filter goes through here.
import { isPostgres } from "../env";
import { stripXmlForbidden } from "../content/safe-text";

export function containsText(raw: string): { contains: string } {
  // Stored text never holds control characters or lone surrogates (they are
  // stripped at save), and Postgres refuses a NUL in a query with an error:
  // the filter drops them too, so `?q=%00` is an ordinary search, not a 500.
  const value = stripXmlForbidden(raw.toWellFormed());
  const filter = isPostgres() ? { contains: value, mode: "insensitive" as const } : { contains: value };
  // The SQLite client's types do not know `mode`; the Postgres client takes it.
  return filter;
}
