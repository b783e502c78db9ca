// The server hooks' early rewrites must route every address exactly as Next's
// own rewrite of next.config.js would (same route, same parameters), and leave
// to Next what they do not follow.
import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";

type Rewrite = { source: string; destination: string; has?: { type: string; key: string; value?: string }[]; missing?: { type: string; key: string; value?: string }[] };
type Rule = unknown;

const require = createRequire(import.meta.url);
const { compileRewrites, rewriteUrl } = require("./early-rewrites.cjs") as {
  compileRewrites: (r: Rewrite[]) => Rule[];
  rewriteUrl: (rules: Rule[], url: string) => string | null;
};
// Next's own rule matching and destination building (what its router runs).
const { matchHas, prepareDestination } = require("next/dist/shared/lib/router/utils/prepare-destination") as {
  matchHas: (req: { headers: Record<string, string> }, query: Record<string, string | string[]>, has?: Rewrite["has"], missing?: Rewrite["missing"]) => false | Record<string, string>;
  prepareDestination: (args: { appendParamsToQuery: boolean; destination: string; params: Record<string, string>; query: Record<string, string | string[]> }) => {
    parsedDestination: { pathname: string };
  };
};
const { getPathMatch } = require("next/dist/shared/lib/router/utils/path-match") as {
  getPathMatch: (path: string) => (pathname: string) => false | Record<string, string>;
};
type HeaderRule = { source: string; headers: { key: string; value: string }[] };
const nextConfig = require("../../next.config.js") as {
  rewrites: () => Promise<{ beforeFiles: Rewrite[] }>;
  headers: () => Promise<HeaderRule[]>;
};

/** Where Next's rewrite sends `url`: the route's path as a URL path, or null. */
function nextRoutes(rewrites: Rewrite[], url: string): string | null {
  const parsed = new URL(url, "http://n");
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(parsed.searchParams.keys())) {
    const all = parsed.searchParams.getAll(key);
    query[key] = all.length > 1 ? all : all[0];
  }
  for (const r of rewrites) {
    if (r.source !== parsed.pathname) continue;
    const params = matchHas({ headers: {} }, query, r.has, r.missing);
    if (!params) continue;
    const { parsedDestination } = prepareDestination({ appendParamsToQuery: true, destination: r.destination, params, query });
    return new URL(parsedDestination.pathname, "http://n").pathname;
  }
  return null;
}

const ADDRESSES = [
  "/",
  "/?utm_source=x",
  "/feed.xml",
  "/feed.atom",
  "/feed.json?x=1",
  "/ur/feed.xml",
  "/ur/feed.atom",
  "/ur/feed.json?x=1",
  "/sitemap.xml",
  "/news-sitemap.xml",
  "/search?q=monsoon",
  "/search?q=monsoon+floods",
  "/search?q=monsoon%20floods&page=2",
  "/search?page=3&q=cricket",
  "/search?q=%C3%89lections+2025",
  "/search?q=%DA%A9%D8%B1%D8%A7%DA%86%DB%8C",
  "/search?q=a%26b%3Dc%2Bd%2C%3B%40%24",
  "/search?q=%22quoted%22+%3Cb%3E",
  "/search?q=x&page=100",
  "/search?q=x&page=101",
  "/search?q=x&page=0",
  "/search?q=x&page=",
  "/search?q=x&page=2x",
  "/search?q=first&q=second",
  "/search?q=",
  "/search?q=...",
  "/search?q=+.+",
  "/search?q=a%2Fb",
  "/search?q=100%25",
  "/search?q=a%3Fb",
  "/search?q=a%23b",
  "/search?q=back%5Cslash",
  `/search?q=${"w".repeat(200)}`,
  `/search?q=${"w".repeat(201)}`,
  "/search",
  "/search/monsoon/1",
  "/news/some-story",
  "/feed.xml/",
  "/FEED.XML",
];

describe("early rewrites", async () => {
  const { beforeFiles } = await nextConfig.rewrites();
  const rules = compileRewrites(beforeFiles);

  it("take every rewrite of next.config.js", () => {
    expect(rules).toHaveLength(beforeFiles.length);
  });

  it.each(ADDRESSES)("route %s as Next does, or leave it to Next", (url) => {
    const ours = rewriteUrl(rules, url);
    const next = nextRoutes(beforeFiles, url);
    if (ours === null) {
      // Left to Next: only where Next rewrites nothing either.
      expect(next).toBeNull();
    } else {
      const [path, search] = ours.split("?");
      expect(path).toBe(next);
      // The query string goes along, as Next's rewrite keeps it.
      expect(search ?? "").toBe(url.split("?")[1] ?? "");
    }
  });

  // Next matches headers() by the address asked for; after the hooks' rewrite it
  // sees the route's address. So every rewritten address must get the same
  // headers by either: a rule for "/feed.xml" alone would be lost on Node.
  it("give each rewritten address the headers next.config.js gives the address asked for", async () => {
    const headerRules = await nextConfig.headers();
    // Each matching rule sets its headers in turn, as Next does: the last value of a name stays.
    const headersFor = (pathname: string) =>
      Object.fromEntries(headerRules.filter((r) => getPathMatch(r.source)(pathname)).flatMap((r) => r.headers.map((h) => [h.key.toLowerCase(), h.value])));
    for (const url of ADDRESSES) {
      const routed = rewriteUrl(rules, url);
      if (routed === null) continue;
      expect(headersFor(routed.split("?")[0]), url).toEqual(headersFor(url.split("?")[0]));
    }
  });

  it("send the usual addresses to their routes", () => {
    expect(rewriteUrl(rules, "/")).toBe("/front/en");
    expect(rewriteUrl(rules, "/feed.xml")).toBe("/feeds/site/all/rss.xml");
    expect(rewriteUrl(rules, "/ur/feed.xml")).toBe("/feeds/site/ur/rss.xml");
    expect(rewriteUrl(rules, "/ur/feed.json")).toBe("/feeds/site/ur/feed.json");
    expect(rewriteUrl(rules, "/search?q=monsoon+floods&page=2")).toBe("/search/monsoon%20floods/2?q=monsoon+floods&page=2");
    expect(rewriteUrl(rules, "/search?q=monsoon")).toBe("/search/monsoon/1?q=monsoon");
    expect(rewriteUrl(rules, "/news/x")).toBeNull();
  });

  it("leave rules they cannot follow exactly to Next", () => {
    const taken = compileRewrites([
      { source: "/old/:slug", destination: "/news/:slug" },
      { source: "/x", destination: "/y", has: [{ type: "header", key: "x-test", value: "1" }] },
      { source: "/x", destination: "/y/:v", has: [{ type: "query", key: "v" }] },
      { source: "/x", destination: "/y/:other", has: [{ type: "query", key: "v", value: "(?<v>.+)" }] },
      { source: "/x", destination: "https://elsewhere.example/y" },
      { source: "/x", destination: "/y?z=1" },
      { source: "/plain", destination: "/route/plain" },
    ]);
    expect(taken).toHaveLength(1);
    expect(rewriteUrl(taken, "/old/a")).toBeNull();
    expect(rewriteUrl(taken, "/plain?a=1")).toBe("/route/plain?a=1");
  });
});
