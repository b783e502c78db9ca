// Making text safe for the feed writer (the `feed` package, over xml-js):
//  - RSS title/description and Atom title/summary are HTML-typed fields (feed
//    readers render them as markup), written in CDATA. A headline is plain
//    text, so it goes in escaped: "<img onerror=…>" shows as text, never runs.
//  - xml-js escapes only the FIRST "]]>" inside CDATA, so a second one closes
//    the section and lets the rest through as real XML elements. In HTML,
//    "]]&gt;" means the same as "]]>", so every one is written that way
//    before the writer sees it (also in the sanitized body: an attribute
//    value may hold "]]>").
//  - C0 control characters other than tab, LF and CR are not allowed anywhere
//    in XML 1.0; one pasted into a headline made every feed invalid.

const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// Lone surrogates cannot be encoded as UTF-8 either.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters XML 1.0 cannot carry. */
export function stripXmlForbidden(s: string): string {
  return s.replace(XML_FORBIDDEN, "").replace(LONE_SURROGATE, "");
}

/** Plain text for an HTML-typed feed field. */
export function plainTextAsHtml(s: string): string {
  return stripXmlForbidden(s).replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** Sanitized HTML for a CDATA field: no "]]>" left for the writer to miss. */
export function htmlForCdata(html: string): string {
  return stripXmlForbidden(html).replaceAll("]]>", "]]&gt;");
}
