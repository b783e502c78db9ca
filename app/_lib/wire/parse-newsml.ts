// IPTC NewsML-G2 text items (a newsMessage of newsItems, or one newsItem) with
// fast-xml-parser 5: entity processing off (xml-guard.ts has already refused
// any DTD), namespace prefixes dropped, the XHTML body kept as raw markup
// (stopNodes) and then sanitized like editor input.
import { XMLParser } from "fast-xml-parser";
import { decodeXmlText, guardXml } from "./xml-guard";
import { WireParseError, type RawWireItem, type WirePubStatus } from "./types";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: ["*.inlineXML"],
  isArray: (name) => ["newsItem", "subject", "keyword", "headline", "description", "by", "link", "signal", "edNote", "inlineXML", "inlineData"].includes(name),
});

type Node = Record<string, unknown>;
const arr = (v: unknown): Node[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]) as Node[];
const text = (v: unknown): string => {
  if (v === undefined || v === null) return "";
  if (typeof v === "string" || typeof v === "number") return decodeXmlText(String(v));
  if (typeof v === "object" && "#text" in (v as Node)) return decodeXmlText(String((v as Node)["#text"]));
  return "";
};
const attr = (v: unknown, name: string): string => (v && typeof v === "object" ? String((v as Node)[`@_${name}`] ?? "") : "");
const date = (v: unknown): Date | null => {
  const s = text(v);
  const d = s ? new Date(s) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
};

function pubStatus(qcode: string): WirePubStatus {
  const code = qcode.split(":").pop()?.toLowerCase();
  return code === "canceled" || code === "cancelled" ? "canceled" : code === "withheld" ? "withheld" : "usable";
}

/** The XHTML inside inlineXML, without its html/body wrapper. */
function innerBody(inline: unknown): string {
  // Raw markup, entities left for the HTML sanitizer to read.
  const raw = typeof inline === "string" ? inline : inline && typeof inline === "object" ? String((inline as Node)["#text"] ?? "") : "";
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(raw);
  return body ? body[1] : raw;
}

export function parseNewsMl(source: string): RawWireItem[] {
  const xml = guardXml(source);
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (err) {
    throw new WireParseError(`The NewsML-G2 document is not well-formed XML: ${(err as Error).message.slice(0, 200)}`);
  }
  const message = doc.newsMessage as Node | undefined;
  const items = message ? arr((message.itemSet as Node | undefined)?.newsItem) : arr(doc.newsItem);
  if (!message && !doc.newsItem) throw new WireParseError("The document is XML but not NewsML-G2 (no newsMessage or newsItem)");
  const rawItems = xml.match(/<(?:\w+:)?newsItem[\s>][\s\S]*?<\/(?:\w+:)?newsItem>/g) ?? [];
  return items.map((item, i) => {
    const meta = (item.itemMeta ?? {}) as Node;
    const content = (item.contentMeta ?? {}) as Node;
    const set = (item.contentSet ?? {}) as Node;
    const signals = arr(meta.signal).map((s) => attr(s, "qcode").toLowerCase());
    const descriptions = arr(content.description);
    const summary = descriptions.find((d) => /summary|abstract/i.test(attr(d, "role"))) ?? descriptions[0];
    const inline = arr(set.inlineXML)[0];
    const inlineData = arr(set.inlineData)[0];
    const urgency = parseInt(text(content.urgency), 10);
    return {
      guid: attr(item, "guid") || null,
      versionAt: date(meta.versionCreated) ?? date(meta.firstCreated),
      title: text(arr(content.headline)[0]),
      standfirst: text(summary),
      bodyHtml: inline !== undefined ? innerBody(inline) : "",
      bodyText: inline === undefined ? text(inlineData) : "",
      dateline: text(content.dateline),
      byline: arr(content.by).map(text).filter(Boolean).join(", "),
      keywords: arr(content.keyword).map(text),
      subjects: arr(content.subject).map((s) => attr(s, "qcode") || text(s.name)),
      urgency: Number.isNaN(urgency) ? null : urgency,
      language: attr(content.language, "tag") || attr(item, "xml:lang") || attr(item, "lang"),
      originalUrl: arr(meta.link).map((l) => attr(l, "href")).find((h) => /^https?:/i.test(h)) ?? "",
      embargoUntil: date(meta.embargoed),
      // A kill arrives as pubStatus canceled; some agencies send sig:kill instead.
      pubStatus: signals.some((s) => /kill|cancel/.test(s)) ? "canceled" : pubStatus(attr(meta.pubStatus, "qcode")),
      correctionNote: signals.some((s) => s.endsWith("correction")) ? arr(meta.edNote).map(text).join(" ") || "The agency marked this version as a correction." : "",
      raw: rawItems[i] ?? JSON.stringify(item),
    } satisfies RawWireItem;
  });
}
