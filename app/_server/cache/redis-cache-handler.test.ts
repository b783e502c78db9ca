// The shared cache handler against a real redis-server: what one instance
// stores, another finds; what one invalidates (explicit or path tags), no
// instance serves again; and with Redis down, requests still get answers.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Redis } from "ioredis";
import { startRedis, type RedisServer } from "@/app/_cli/redis-server";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- cache values are Next's internal shapes
type Entry = { value: any; lastModified: number };
type Handler = {
  get: (key: string, ctx: unknown) => Promise<Entry | null>;
  set: (key: string, data: unknown, ctx: unknown) => Promise<void>;
  revalidateTag: (tags: string | string[], durations?: { expire?: number }) => Promise<void>;
};

let redis: RedisServer;
let RedisCacheHandler: new (ctx: { serverDistDir?: string }) => Handler;

beforeAll(async () => {
  redis = await startRedis();
  process.env.REDIS_URL = redis.url;
  process.env.LOG_LEVEL = "silent";
  // CommonJS module loaded by Next at run time (next.config.js), not bundled.
  RedisCacheHandler = (await import("./redis-cache-handler.cjs")).default;
});
afterAll(async () => {
  await redis?.destroy();
});

// Revalidation times and entry times are in milliseconds; an entry written in the
// same millisecond as a revalidation counts as written after it (as in Next's own cache).
const nextMillisecond = () => new Promise((r) => setTimeout(r, 2));

// Two handlers stand for two instances: all they share is Redis.
const instance = () => new RedisCacheHandler({ serverDistDir: "/nonexistent/server" });

const page = (html: string, tags: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(`rsc:${html}`),
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  headers: { "x-next-cache-tags": tags },
  status: 200,
});
const pageCtx = { kind: "APP_PAGE", isFallback: false };
const fetchValue = (body: string) => ({ kind: "FETCH", data: { headers: {}, body, status: 200, url: "" }, revalidate: 3600 });

describe("redis cache handler", () => {
  test("a page stored by one instance is served by another, byte for byte", async () => {
    const [a, b] = [instance(), instance()];
    await a.set("/news/alpha", page("<h1>Alpha</h1>", "_N_T_/layout,_N_T_/news/alpha,article:1"), {
      cacheControl: { revalidate: 3600, expire: 86400 },
    });
    const hit = await b.get("/news/alpha", pageCtx);
    expect(hit?.value.html).toBe("<h1>Alpha</h1>");
    expect(Buffer.isBuffer(hit?.value.rscData)).toBe(true);
    expect(hit?.value.rscData.toString()).toBe("rsc:<h1>Alpha</h1>");
    expect(hit?.value.segmentData.get("/_tree").toString()).toBe("tree");
  });

  test("a tag revalidated on one instance makes the page and the data a miss on the other", async () => {
    const [a, b] = [instance(), instance()];
    await b.set("/news/beta", page("<h1>Beta v1</h1>", "_N_T_/layout,_N_T_/news/beta,article:2"), {});
    await b.set("/category/world", page("<h1>World</h1>", "_N_T_/layout,_N_T_/category/world,category:7"), {});
    await b.set("data-beta", fetchValue('{"title":"Beta v1"}'), { fetchCache: true, tags: ["article:2"] });
    expect(await b.get("/news/beta", pageCtx)).not.toBeNull();

    await nextMillisecond();
    await a.revalidateTag(["article:2"], { expire: 0 });

    expect(await b.get("/news/beta", pageCtx)).toBeNull();
    expect(await b.get("data-beta", { kind: "FETCH", tags: ["article:2"], softTags: [] })).toBeNull();
    // Pages that do not show the article stay cached.
    expect((await b.get("/category/world", pageCtx))?.value.html).toBe("<h1>World</h1>");

    // Rendered again after the publish: cached again.
    await b.set("/news/beta", page("<h1>Beta v2</h1>", "_N_T_/layout,_N_T_/news/beta,article:2"), {});
    expect((await a.get("/news/beta", pageCtx))?.value.html).toBe("<h1>Beta v2</h1>");
  });

  test("path tags (_N_T_) of the request expire data cached under that path", async () => {
    const [a, b] = [instance(), instance()];
    await a.set("data-gamma", fetchValue("[]"), { fetchCache: true, tags: ["articles"] });
    const ctx = { kind: "FETCH", tags: ["articles"], softTags: ["_N_T_/layout", "_N_T_/front/en"] };
    expect((await b.get("data-gamma", ctx))?.value.data.body).toBe("[]");
    await nextMillisecond();
    await b.revalidateTag("_N_T_/front/en");
    expect(await a.get("data-gamma", ctx)).toBeNull();
  });

  test("a tag revalidated with a later expiry leaves the page servable but stale (background refresh)", async () => {
    const [a, b] = [instance(), instance()];
    await a.set("/news/epsilon", page("<h1>Epsilon</h1>", "article:5"), { cacheControl: { revalidate: 60, expire: 86400 } });
    await nextMillisecond();
    await b.revalidateTag(["article:5"], { expire: 3600 });
    const entry = await a.get("/news/epsilon", pageCtx);
    expect(entry?.value.html).toBe("<h1>Epsilon</h1>");
    // Next treats an entry as stale once lastModified + revalidate has passed.
    expect(entry!.lastModified + 60_000).toBeLessThan(Date.now());
  });

  test("search results (tag search) leave Redis within an hour; other entries are kept up to their expiry", async () => {
    const a = instance();
    const day = { cacheControl: { revalidate: 60, expire: 86400 } };
    await a.set("/search/flood/1", page("<h1>Search</h1>", "_N_T_/layout,articles,search"), day);
    await a.set("/news/epsilon", page("<h1>Epsilon</h1>", "_N_T_/layout,articles"), day);
    await a.set("search-data", fetchValue("[]"), { fetchCache: true, tags: ["articles", "search"] });
    await a.set("menu-data", fetchValue("[]"), { fetchCache: true, tags: ["taxonomy"] });
    const probe = new Redis(redis.url);
    try {
      const ttl = async (key: string) => {
        const [found] = await probe.keys(`portal:entry:*:${key}`);
        return found ? probe.ttl(found) : -2;
      };
      for (const key of ["/search/flood/1", "search-data"]) expect(await ttl(key), key).toBeGreaterThan(3500);
      for (const key of ["/search/flood/1", "search-data"]) expect(await ttl(key), key).toBeLessThanOrEqual(3600);
      expect(await ttl("/news/epsilon")).toBeGreaterThan(86000);
      expect(await ttl("menu-data")).toBeGreaterThan(14 * 86400 - 100);
    } finally {
      probe.disconnect();
    }
  });

  test("with Redis down every call still answers (a miss), and revalidations reach Redis when it is back", async () => {
    const a = instance();
    await a.set("/news/delta", page("<h1>Delta</h1>", "article:4"), {});
    await redis.stop();
    try {
      expect(await a.get("/news/delta", pageCtx)).toBeNull();
      await expect(a.set("/news/delta", page("<h1>Delta 2</h1>", "article:4"), {})).resolves.toBeUndefined();
      await expect(a.revalidateTag(["article:4"], { expire: 0 })).resolves.toBeUndefined();
    } finally {
      await redis.start();
    }
    const probe = new Redis(redis.url);
    try {
      await expect.poll(() => probe.hget("portal:tags:expired", "article:4"), { timeout: 10_000 }).not.toBeNull();
    } finally {
      probe.disconnect();
    }
  });
});
