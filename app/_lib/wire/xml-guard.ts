// Checks every XML document passes before any parser sees it. Feeds never need
// a DTD, and @rowanmanning/feed-parser turns fast-xml-parser's entity
// expansion on with no limit (lib/xml/document.js), so entity declarations
// ("billion laughs", external entities/XXE) are refused here, whatever the
// parser: nothing is expanded and nothing is fetched.
import { WireParseError } from "./types";

const ENTITY_DECLARATION = /<!ENTITY/i;
const DOCTYPE = /<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i;

/** The document to parse (a bare DOCTYPE removed), or a WireParseError saying what is wrong. */
export function guardXml(text: string): string {
  const body = text.replace(/^\uFEFF/, "").trimStart();
  if (!body) throw new WireParseError("The source answered with an empty document");
  if (ENTITY_DECLARATION.test(body)) {
    throw new WireParseError("The document declares XML entities (a DTD); refused unexpanded — feeds never need them and they are how entity-expansion and external-entity attacks work");
  }
  if (/^<!DOCTYPE\s+html/i.test(body) || /^<html[\s>]/i.test(body)) {
    throw new WireParseError("The source answered with an HTML page, not a feed (check the URL)");
  }
  if (!body.startsWith("<")) throw new WireParseError("The source's answer is not XML");
  return body.replace(DOCTYPE, "");
}

/** The five predefined XML entities and numeric references, decoded without any expansion of declared ones. */
export function decodeXmlText(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gi, (m, ref: string) => {
    const r = ref.toLowerCase();
    if (r === "amp") return "&";
    if (r === "lt") return "<";
    if (r === "gt") return ">";
    if (r === "quot") return '"';
    if (r === "apos") return "'";
    const code = r.startsWith("#x") ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}
