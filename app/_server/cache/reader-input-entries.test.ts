// Next's process-wide map of page lifetimes (SharedCacheControls.cacheControls)
// gains an entry for every address cached; a crawler asking for unique junk
// addresses must not grow it without end, while real pages keep theirs.
import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const { nodeFs } = require("next/dist/server/lib/node-fs-methods");
const { SharedCacheControls } = require("next/dist/server/lib/incremental-cache/shared-cache-controls.external");
const { MAX_READER_INPUT_LIFETIMES, lifetimes } = require("./reader-input-entries.cjs");
const PortalFileCache = require("./file-cache-handler.cjs");

const dist = path.join(mkdtempSync(path.join(tmpdir(), "lifetimes-")), "server");
afterAll(() => rmSync(path.dirname(dist), { recursive: true, force: true }));

const page = (status: number) => ({
  kind: "APP_PAGE",
  html: "<p>x</p>",
  rscData: Buffer.from("x"),
  headers: {},
  status,
  postponed: undefined,
  segmentData: undefined,
});
const ctx = {
  kind: "APP_PAGE",
  isRoutePPREnabled: false,
  isFallback: false,
  cacheControl: { revalidate: 60, expire: undefined },
};

describe("lifetimes of reader-input cache entries", () => {
  const cache = new PortalFileCache({
    fs: nodeFs,
    serverDistDir: dist,
    flushToDisk: false,
    maxMemoryCacheSize: 1024 * 1024,
    revalidatedTags: [],
  });
  const map: Map<string, unknown> = SharedCacheControls.cacheControls;

  // What Next's IncrementalCache#set does: remember the lifetime, then call the handler.
  async function store(key: string, status: number) {
    map.set(key, ctx.cacheControl);
    await cache.set(key, page(status), ctx);
  }

  it("uses the map Next reads lifetimes from", () => {
    expect(lifetimes).toBe(map);
  });

  it("keeps the newest junk addresses' lifetimes, drops older ones, and never a real page's", async () => {
    await store("/route-cache/app/news/a-real-story", 200);
    for (let i = 0; i < MAX_READER_INPUT_LIFETIMES + 500; i++) await store(`/route-cache/app/news/junk-${i}`, 404);
    expect(map.has("/route-cache/app/news/a-real-story")).toBe(true);
    expect(map.has("/route-cache/app/news/junk-0")).toBe(false);
    expect(map.has(`/route-cache/app/news/junk-${MAX_READER_INPUT_LIFETIMES + 499}`)).toBe(true);
    const junk = [...map.keys()].filter((k) => k.includes("/junk-")).length;
    expect(junk).toBe(MAX_READER_INPUT_LIFETIMES);
  });

  it("an address that turns into a real page keeps its lifetime from then on", async () => {
    await store("/route-cache/app/news/soon-published", 404);
    await store("/route-cache/app/news/soon-published", 200);
    for (let i = 0; i < MAX_READER_INPUT_LIFETIMES + 10; i++) await store(`/route-cache/app/news/later-junk-${i}`, 404);
    expect(map.has("/route-cache/app/news/soon-published")).toBe(true);
  });

  it("a junk address asked for again is counted again, so its returned lifetime is dropped in turn", async () => {
    await store("/route-cache/app/news/asked-twice", 404);
    for (let i = 0; i < MAX_READER_INPUT_LIFETIMES + 10; i++) await store(`/route-cache/app/news/filler-${i}`, 404);
    expect(map.has("/route-cache/app/news/asked-twice")).toBe(false);
    // What Next's IncrementalCache#get does with a hit: the handler answers, Next re-records the entry's lifetime.
    const hit = await cache.get("/route-cache/app/news/asked-twice", {
      kind: "APP_PAGE",
      isRoutePPREnabled: false,
      isFallback: false,
    });
    expect(hit?.cacheControl).toEqual(ctx.cacheControl);
    map.set("/route-cache/app/news/asked-twice", hit!.cacheControl);
    for (let i = 0; i < MAX_READER_INPUT_LIFETIMES + 10; i++)
      await store(`/route-cache/app/news/more-filler-${i}`, 404);
    expect(map.has("/route-cache/app/news/asked-twice")).toBe(false);
    expect([...map.keys()].filter((k) => k.includes("filler-")).length).toBe(MAX_READER_INPUT_LIFETIMES);
  });
});
