// Finds anything in an HTML fragment that a browser would run: script-like
// elements, event-handler or style attributes, and script/data URLs.
// (htmlparser2 is the parser sanitize-html itself uses.)
import { Parser } from "htmlparser2";

const ACTIVE_TAGS = new Set(["script", "object", "embed", "style", "link", "meta", "base", "form", "svg", "math"]);
const URL_ATTRS = new Set(["href", "src", "action", "formaction", "xlink:href", "srcset"]);

export function activeContent(html: string): string[] {
  const problems: string[] = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      if (ACTIVE_TAGS.has(name)) problems.push(`<${name}>`);
      for (const [attr, value] of Object.entries(attrs)) {
        if (attr.startsWith("on")) problems.push(`${name}[${attr}]`);
        if (attr === "style") problems.push(`${name}[style]`);
        if (URL_ATTRS.has(attr) && /^(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]+/g, ""))) problems.push(`${name}[${attr}=${value}]`);
      }
      if (name === "iframe" && !/^https:\/\/(www\.)?(youtube(-nocookie)?\.com|platform\.twitter\.com)\//.test(attrs.src ?? "")) problems.push(`iframe src=${attrs.src}`);
    },
  });
  parser.write(html);
  parser.end();
  return problems;
}
