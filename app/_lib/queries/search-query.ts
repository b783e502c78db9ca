// Reader search input, engine-independent: turns whatever was typed into a
// short list of plain words (so no user text ever reaches a query language as
// syntax), and splits engine-marked text into highlighted parts.
import { normalizeSearchText } from "../content/search-normalize";

export const MAX_QUERY_CHARS = 200;
const MAX_TERMS = 8;
const MAX_TERM_CHARS = 40;

/**
 * Words to search for: letters, digits and combining marks, any script; operators and quotes drop out.
 * Folded as the indexes fold stories (search-normalize.ts): پاكستان, محمّد and ۱۳ are
 * asked as پاکستان, محمد and 13.
 */
export function searchTerms(raw: string): string[] {
  const text = normalizeSearchText(raw.normalize("NFKC").slice(0, MAX_QUERY_CHARS)).toLowerCase();
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
  return terms
    .map((t) => `'${t.replaceAll("'", "''").replaceAll("\\", "\\\\")}'${[...t].length >= 4 ? ":*" : ""}`)
    .join(" & ");
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

/**
 * Engine-marked text (a headline, or a snippet with "…" where it was cut) over
 * folded text, moved back onto the original text it was folded from, so readers
 * see the story's own spelling (diacritics, Arabic-Indic digits, punctuation)
 * with the same words marked. `foldChar` gives what one character of the
 * original became in the index ("" = dropped). Unchanged when it cannot be placed.
 */
export function restoreMarked(marked: string, original: string, foldChar: (ch: string) => string): string {
  const folded: string[] = [];
  const at: number[] = []; // folded index -> original index
  for (let i = 0; i < original.length; i++) {
    const f = foldChar(original[i]);
    if (f) {
      folded.push(f);
      at.push(i);
    }
  }
  const foldedText = folded.join("");
  if (foldedText === original) return marked;
  let plain = marked.replaceAll(MARK_START, "").replaceAll(MARK_END, "");
  let lead = "";
  let tail = "";
  let pos = foldedText.indexOf(plain);
  if (pos < 0) {
    lead = plain.startsWith("…") ? "…" : "";
    tail = plain.endsWith("…") ? "…" : "";
    plain = plain.slice(lead.length, plain.length - tail.length);
    pos = foldedText.indexOf(plain);
    if (pos < 0 || !plain) return marked;
  }
  // A dropped mark belongs to the letter before it.
  const endOf = (k: number) => {
    let e = at[pos + k - 1] + 1;
    while (e < original.length && !foldChar(original[e])) e++;
    return e;
  };
  let out = lead;
  let from = at[pos];
  let k = 0; // characters of plain passed
  const body = marked.slice(lead.length, marked.length - tail.length);
  for (let j = 0; j < body.length; j++) {
    const ch = body[j];
    if (ch === MARK_START) {
      const to = at[pos + k];
      out += original.slice(from, to) + MARK_START;
      from = to;
    } else if (ch === MARK_END) {
      const to = endOf(k);
      out += original.slice(from, to) + MARK_END;
      from = to;
    } else k++;
  }
  return out + original.slice(from, endOf(plain.length)) + tail;
}
