// Feed readers show article HTML away from the site: every relative link and
// image source must become absolute, and the result passes the same
// allow-list sanitizer as the site (no script, style or event handler).
import { sanitizeBody } from "../content/sanitize";

export function absolutizeHtml(html: string, base: string): string {
  const abs = (url: string) => (url.startsWith("/") && !url.startsWith("//") ? `${base}${url}` : url);
  return html
    .replace(/\b(href|src)="([^"]*)"/g, (_m, attr: string, url: string) => `${attr}="${abs(url)}"`)
    .replace(/\bsrcset="([^"]*)"/g, (_m, set: string) => {
      const parts = set.split(",").map((p) => {
        const [url, ...rest] = p.trim().split(/\s+/);
        return [abs(url), ...rest].join(" ");
      });
      return `srcset="${parts.join(", ")}"`;
    });
}

export function feedHtml(html: string, base: string): string {
  return sanitizeBody(absolutizeHtml(html, base));
}
