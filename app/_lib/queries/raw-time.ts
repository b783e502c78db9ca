// Times as parameters of raw SQL ($queryRaw), which Prisma passes through
// unconverted: Prisma stores SQLite DateTime as ISO text with "+00:00", so a
// comparison there needs that form; Postgres compares timestamps.
import { isPostgres } from "../env";

export const sqliteTime = (d: Date) => d.toISOString().replace("Z", "+00:00");

/** `d` in the form the current database compares DateTime columns with. */
export const rawTime = (d: Date): Date | string => (isPostgres() ? d : sqliteTime(d));

/** A DateTime column read by raw SQL (Date on Postgres, ISO text on SQLite) as epoch milliseconds. */
export const rawTimeMs = (value: Date | string | null): number => (value === null ? 0 : new Date(value).getTime());
