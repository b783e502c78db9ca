// The characters no text of the portal may carry: XML 1.0 forbids the C0
// control characters other than tab, LF and CR, and U+FFFE/U+FFFF, and a lone
// UTF-16 surrogate cannot be encoded as UTF-8. One pasted into a headline made
// every feed and sitemap invalid. Article text is cleaned when it is saved
// (article-fields.ts); feeds and sitemaps clean again on the way out, for
// text stored before that.

const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML 1.0 cannot carry. */
export function stripXmlForbidden(s: string): string {
  return s.replace(XML_FORBIDDEN, "").replace(LONE_SURROGATE, "");
}
