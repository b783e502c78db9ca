// One entry point for every wire format: the document in, normalised items and
// the items skipped (with the reason) out. A document that cannot be read at
// all throws WireParseError; its message is recorded on the source.
import { normalise } from "./normalise";
import { parseRssOrAtom } from "./parse-feed";
import { parseNewsMl } from "./parse-newsml";
import { parseNinjs } from "./parse-ninjs";
import type { ParsedWire, RawWireItem, WireFormat } from "./types";

/** More items than this in one document are skipped (a feed is a window of recent copy). */
export const MAX_ITEMS_PER_DOCUMENT = 20_000;

export function parseWire(format: WireFormat, text: string, defaults: { language: string }): ParsedWire {
  const out: ParsedWire = { items: [], skipped: [] };
  let raws: { index: number; item: RawWireItem }[];
  if (format === "ninjs") {
    const r = parseNinjs(text);
    out.skipped.push(...r.invalid);
    raws = r.items;
  } else {
    raws = (format === "newsml-g2" ? parseNewsMl(text) : parseRssOrAtom(text, format)).map((item, index) => ({ index, item }));
  }
  const seen = new Set<string>();
  for (const { index, item } of raws) {
    if (index >= MAX_ITEMS_PER_DOCUMENT) {
      out.skipped.push({ index, guid: item.guid, reason: `more than ${MAX_ITEMS_PER_DOCUMENT} items in one document` });
      continue;
    }
    const n = normalise(item, defaults);
    if ("skip" in n) {
      out.skipped.push({ index, guid: item.guid, reason: n.skip });
      continue;
    }
    // The same GUID twice in one document: the later (newer) copy wins at ingest; keep the newest only.
    if (seen.has(n.guid)) {
      const prev = out.items.findIndex((i) => i.guid === n.guid);
      if ((n.versionAt?.getTime() ?? 0) >= (out.items[prev].versionAt?.getTime() ?? 0)) out.items[prev] = n;
      out.skipped.push({ index, guid: n.guid, reason: "the same GUID appears twice in the document" });
      continue;
    }
    seen.add(n.guid);
    out.items.push(n);
  }
  return out;
}
