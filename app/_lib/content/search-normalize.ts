// Search folding for Urdu (and Arabic-keyboard) text: one table, used for the
// queries readers type (search-query.ts) and, as SQL generated from the same
// table, by the search indexes of both databases (migration
// 20261206030000_search_urdu_fold), so a document and a query fold alike.
// Neither FTS5's unicode61 nor Postgres' 'simple'/unaccent do any of this:
// unicode61 splits vocalised words at every mark (مُحَمَّد -> م ح م د), and both
// treat ك/ک, ي/ی and ۱۳/13 as different words.
// Written here rather than taken from a library: it is a fixed table of a few
// dozen code points, and the same table must also become SQL.
//
// Each character folds to at most one character, so a position in folded text
// maps back to the original (restoreMarked below keeps readers' text intact).

/** Character -> replacement ("" = dropped). */
export const SEARCH_FOLDS: ReadonlyMap<string, string> = new Map<string, string>([
  // Arabic letter forms -> the Urdu letters Urdu keyboards type (ھ U+06BE is its own letter: kept).
  ["\u064A", "\u06CC"], // ي -> ی
  ["\u0649", "\u06CC"], // ى -> ی
  ["\u0643", "\u06A9"], // ك -> ک
  ["\u0647", "\u06C1"], // ه -> ہ
  ["\u0629", "\u06C3"], // ة -> ۃ
  // Arabic-Indic (U+0660-0669) and Eastern Arabic-Indic (U+06F0-06F9) digits -> Latin.
  ...Array.from({ length: 10 }, (_, d): [string, string] => [String.fromCharCode(0x0660 + d), String(d)]),
  ...Array.from({ length: 10 }, (_, d): [string, string] => [String.fromCharCode(0x06f0 + d), String(d)]),
  // Harakat and other marks (U+064B-065F), superscript alef (U+0670), tatweel (U+0640): dropped.
  ...Array.from({ length: 0x065f - 0x064b + 1 }, (_, i): [string, string] => [String.fromCharCode(0x064b + i), ""]),
  ["\u0670", ""],
  ["\u0640", ""],
]);

/**
 * Punctuation Postgres must see as a word break. Its parser, in a database with
 * the C locale, counts every non-ASCII character as a letter, so "پاکستان،" or
 * "“ہم" would be one word; FTS5 already breaks at them. Applied to the Postgres
 * index only (queries drop punctuation anyway).
 */
export const POSTGRES_BREAKS =
  "\u060C\u061B\u061F\u06D4\u066A\u066B\u066C\u066D\u2018\u2019\u201C\u201D\u00AB\u00BB\u2026\u2013\u2014\u200C\u200D\u200E\u200F";

const FOLD_PATTERN = new RegExp(`[${[...SEARCH_FOLDS.keys()].join("")}]`, "gu");

/** Text as the search indexes see it (and as queries must be written). */
export function normalizeSearchText(text: string): string {
  return text.replace(FOLD_PATTERN, (ch) => SEARCH_FOLDS.get(ch) ?? ch);
}

/** The fold as an SQLite expression over `expr` (nested replace(); char() keeps the SQL free of invisible marks). */
export function sqliteFoldSql(expr: string): string {
  let sql = expr;
  for (const [from, to] of SEARCH_FOLDS) {
    sql = `replace(${sql}, char(${from.charCodeAt(0)}), ${to ? `char(${to.charCodeAt(0)})` : "''"})`;
  }
  return sql;
}

const pgChars = (s: string) =>
  `U&'${[...s].map((c) => `\\${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}'`;

/** The fold plus POSTGRES_BREAKS as one translate() over `expr` (IMMUTABLE, so fit for a generated column). */
export function postgresFoldSql(expr: string): string {
  const mapped = [...SEARCH_FOLDS].filter(([, to]) => to);
  const dropped = [...SEARCH_FOLDS].filter(([, to]) => !to).map(([from]) => from);
  const from = mapped.map(([f]) => f).join("") + POSTGRES_BREAKS + dropped.join("");
  const to = mapped.map(([, t]) => t).join("") + " ".repeat(POSTGRES_BREAKS.length);
  return `translate(${expr}, ${pgChars(from)}, ${pgChars(to)})`;
}

/** Folds for one engine's index, for mapping its output back (Postgres also breaks at punctuation). */
export function engineFold(text: string, engine: "sqlite" | "postgres"): string {
  const folded = normalizeSearchText(text);
  if (engine === "sqlite") return folded;
  return folded.replace(new RegExp(`[${POSTGRES_BREAKS}]`, "gu"), " ");
}
