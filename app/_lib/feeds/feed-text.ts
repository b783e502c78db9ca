// Making text safe for the feed writer (the `feed` package, over xml-js):
//  - RSS title/description and Atom title/summary are HTML-typed fields (feed
//    readers render them as markup), written in CDATA. A headline is plain
//    text, so it goes in escaped: "<img onerror=…>" shows as text, never runs.
//  - xml-js escapes only the FIRST "]]>" inside CDATA, so a second one closes
//    the section and lets the rest through as real XML elements. In HTML,
//    "]]&gt;" means the same as "]]>", so every one is written that way
//    before the writer sees it (also in the sanitized body: an attribute
//    value may hold "]]>").
//  - characters XML 1.0 cannot carry are removed (content/safe-text.ts).

import { stripXmlForbidden } from "../content/safe-text";

/** Plain text for an HTML-typed feed field. */
export function plainTextAsHtml(s: string): string {
  return stripXmlForbidden(s).replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** Sanitized HTML for a CDATA field: no "]]>" left for the writer to miss. */
export function htmlForCdata(html: string): string {
  return stripXmlForbidden(html).replaceAll("]]>", "]]&gt;");
}
