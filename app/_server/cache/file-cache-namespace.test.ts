// Two servers on two databases in one build folder (a `next start` on
// data/large.db beside `npm start`) never see each other's cached data or
// pages; a server restarted on the same database still finds its own.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const { nodeFs } = require("next/dist/server/lib/node-fs-methods");
const PortalFileCache = require("./file-cache-handler.cjs");

const dist = path.join(mkdtempSync(path.join(tmpdir(), "cache-ns-")), "server");
afterAll(() => rmSync(path.dirname(dist), { recursive: true, force: true }));

type Cache = { get(key: string, ctx: object): Promise<{ value: { data?: { body: string }; html?: string } } | null>; set(key: string, data: object, ctx: object): Promise<void> };

function serverOn(databaseUrl: string): Cache {
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  try {
    // No memory cache: what one server reads comes from the shared folder.
    return new PortalFileCache({ fs: nodeFs, serverDistDir: dist, flushToDisk: true, maxMemoryCacheSize: 0, revalidatedTags: [] });
  } finally {
    process.env.DATABASE_URL = saved;
  }
}

const rails = (story: string) => ({ kind: "FETCH", data: { headers: {}, body: JSON.stringify({ rails: story }), status: 200, url: "" }, revalidate: 3600, tags: ["articles"] });
const fetchCtx = { kind: "FETCH", fetchCache: true, tags: ["articles"], softTags: [] };
const page = (html: string) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(html), headers: {}, status: 200, postponed: undefined, segmentData: undefined });
const pageCtx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false, cacheControl: { revalidate: 3600, expire: undefined } };

describe("the file cache is namespaced by database", () => {
  const demo = serverOn("file:./data/portal.db");
  const large = serverOn("file:./data/large.db");

  it("a data entry written on one database is a miss on the other", async () => {
    await large.set("story-42-rails", rails("from the large archive"), fetchCtx);
    expect(await demo.get("story-42-rails", fetchCtx)).toBeNull();
    await demo.set("story-42-rails", rails("from the demo"), fetchCtx);
    expect(JSON.parse((await demo.get("story-42-rails", fetchCtx))!.value.data!.body).rails).toBe("from the demo");
    expect(JSON.parse((await large.get("story-42-rails", fetchCtx))!.value.data!.body).rails).toBe("from the large archive");
  });

  it("a page rendered on one database is a miss on the other", async () => {
    const key = "/route-cache/app/news/only-in-large";
    await large.set(key, page("<p>only in the large archive</p>"), pageCtx);
    expect(await demo.get(key, { kind: "APP_PAGE", isRoutePPREnabled: false })).toBeNull();
    const again = serverOn("file:./data/large.db");
    expect((await again.get(key, { kind: "APP_PAGE", isRoutePPREnabled: false }))?.value.html).toBe("<p>only in the large archive</p>");
  });
});
