// Reader search input, engine-independent: turns whatever was typed into a
// short list of plain words (so no user text ever reaches a query language as
// syntax), and splits engine-marked text into highlighted parts.

export const MAX_QUERY_CHARS = 200;
const MAX_TERMS = 8;
const MAX_TERM_CHARS = 40;

/** Words to search for: letters, digits and combining marks, any script; operators and quotes drop out. */
export function searchTerms(raw: string): string[] {
  const text = raw.normalize("NFKC").slice(0, MAX_QUERY_CHARS).toLowerCase();
  const words = text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.slice(0, MAX_TERM_CHARS)))].slice(0, MAX_TERMS);
}

/**
 * An FTS5 MATCH expression: every word as a quoted string token (FTS5 syntax
 * such as AND, NEAR, * or ^ inside quotes is just text), all required; words
 * of four letters or more also match as prefixes ("flood" finds "floods").
 */
export function ftsMatchExpression(terms: string[]): string {
  return terms.map((t) => `"${t.replaceAll('"', '""')}"${[...t].length >= 4 ? "*" : ""}`).join(" ");
}

/**
 * The Postgres twin of ftsMatchExpression, for to_tsquery('portal_search', ...): every
 * word quoted (tsquery operators such as & | ! <-> inside quotes are just text),
 * all required, words of four letters or more also as prefixes.
 */
export function tsQueryText(terms: string[]): string {
  return terms.map((t) => `'${t.replaceAll("'", "''").replaceAll("\\", "\\\\")}'${[...t].length >= 4 ? ":*" : ""}`).join(" & ");
}

export type HighlightPart = { text: string; match: boolean };

/** Marks the engine puts around matched words (control characters never found in article text). */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

/** Splits engine output with MARK_START/MARK_END into parts the page renders as text and <mark>. */
export function splitMarked(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let match = false;
  let buffer = "";
  const flush = () => {
    if (buffer) parts.push({ text: buffer, match });
    buffer = "";
  };
  for (const ch of marked) {
    if (ch === MARK_START || ch === MARK_END) {
      flush();
      match = ch === MARK_START;
    } else buffer += ch;
  }
  flush();
  return parts;
}

/**
 * The body snippet without a leading copy of the headline (the indexed text
 * starts with it), so results do not print the title twice.
 */
export function withoutLeading(parts: HighlightPart[], headline: string): HighlightPart[] {
  let rest = headline.trim();
  const out: HighlightPart[] = [];
  for (const part of parts) {
    if (!rest) {
      out.push(part);
      continue;
    }
    const text = part.text.replace(/^\s+/, "");
    if (rest.startsWith(text)) {
      rest = rest.slice(text.length).replace(/^\s+/, "");
    } else if (text.startsWith(rest)) {
      const tail = text.slice(rest.length).replace(/^\s+/, "");
      if (tail) out.push({ text: tail, match: part.match });
      rest = "";
    } else {
      return parts; // the snippet does not start with the headline
    }
  }
  return out.length ? out : parts;
}
