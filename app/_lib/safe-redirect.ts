// Where a redirect named by a query parameter (?to=, ?next=) may go: only to a
// path of this site. Checked the way a browser will read the Location, with
// the WHATWG URL parser against SITE_URL: "/\evil.example" (a backslash is a
// slash there), "/\t/evil.example" (tabs and newlines are dropped), "//evil"
// and "https://evil" all resolve to another origin and are refused. A regex on
// the raw string cannot know every such rule.
export function safeRedirectPath(to: string | null | undefined, siteUrl: string, fallback: string): string {
  if (!to) return fallback;
  let base: URL;
  let target: URL;
  try {
    base = new URL(siteUrl);
    target = new URL(to, base);
  } catch {
    return fallback;
  }
  if (target.origin !== base.origin) return fallback;
  // Sent as a path the parser wrote itself, so the browser reads what we checked.
  return `${target.pathname}${target.search}${target.hash}`;
}
