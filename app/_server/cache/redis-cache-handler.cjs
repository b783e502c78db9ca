// @ts-check
// Next.js incremental cache handler (next.config.js `cacheHandler`) that keeps
// ISR pages, route handler responses and `unstable_cache` entries (cachedRead)
// in Redis, so several `next start` instances share one cache. Used only when
// REDIS_URL is set; without it Next's own file-system cache is used.
//
// Why our own and not one from npm (checked 2026-11): @neshca/cache-handler
// declares next < 15; @fortedigital/nextjs-cache-handler and
// @mrjasonroy/cache-components-cache-handler needed Node 22 while the portal ran on
// Node 20 (it runs on 22 since issue 25; they were not re-evaluated then).
// Next 16's interface is small (get / set / revalidateTag / resetRequestCache),
// so this file implements it directly on ioredis.
//
// How invalidation crosses instances: Next's file-system cache keeps tag
// revalidation times in a Map inside each process (tags-manifest), which the
// other instances never see. Here `revalidateTag` writes "tag -> time" into two
// Redis hashes (stale, expired), and every `get` reads the times of the entry's
// tags, its explicit tags and the implicit path tags (`_N_T_/...`) alike, and
// answers "miss" when one expired after the entry was written. So a publish
// through instance A is a miss on instance B's very next request.
//
// Entries are namespaced by build id (a page of another build references other
// JS chunks) and by the database they were read from (cache-namespace.cjs: a
// staging server on the same Redis never serves production's) and expire (TTL); tag times are not namespaced (a publish concerns
// every build) and have no TTL: a tag time evicted before the pages it expired
// would bring those pages back (see README: maxmemory-policy volatile-lru).
//
// Redis down: the handler never fails a request. get answers "miss" (the page
// is rendered from the database), set is skipped, and tag revalidations are
// kept in memory and written when Redis is back, so no stale page outlives
// the outage. State changes are logged once (pino), not on every request.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports */
const { readFileSync } = require("node:fs");
const path = require("node:path");
const { Redis } = require("ioredis");
const pino = require("pino");
const { encode, decode } = require("./entry-codec.cjs");
const { cacheNamespace } = require("./cache-namespace.cjs");
const { fromReaderInput, rememberLifetime, rememberLifetimeOnHit } = require("./reader-input-entries.cjs");

const PREFIX = "portal:";
const STALE_KEY = `${PREFIX}tags:stale`;
const EXPIRED_KEY = `${PREFIX}tags:expired`;
/** Upper bound on how long Redis keeps an entry nobody rewrites (seconds). */
const MAX_TTL_SECONDS = 14 * 24 * 3600;
/**
 * Upper bound for search results (tag "search", tags.search in
 * app/_lib/cache-tags.ts): one entry per query typed, so they leave soon.
 */
const SEARCH_TTL_SECONDS = 3600;
const SEARCH_TAG = "search";
/** How long the first request of a process waits for the first connection. */
const FIRST_CONNECT_WAIT_MS = 3000;
const TAGS_HEADER = "x-next-cache-tags";

const log = pino({
  level: process.env.LOG_LEVEL || "info",
  base: { service: "portal", pid: process.pid, component: "redis-cache" },
  timestamp: pino.stdTimeFunctions.isoTime,
});

/**
 * @typedef {{ stale?: number; expired?: number }} TagTimes
 * @typedef {{ redis: Redis; firstConnect: Promise<void>; up: boolean; loggedDown: boolean; pendingTags: Map<string, TagTimes> }} Connection
 */

/**
 * One connection per process and URL: Next creates a handler per request.
 * @type {Map<string, Connection>}
 */
const connections = new Map();
let warnedNoUrl = false;

/** @param {string} url */
function connection(url) {
  let conn = connections.get(url);
  if (conn) return conn;
  const redis = new Redis(url, {
    // Fail fast while disconnected instead of queueing requests behind a dead server.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 250, 2000),
  });
  /** @type {Connection} */
  const created = {
    redis,
    up: false,
    loggedDown: false,
    pendingTags: new Map(),
    firstConnect: new Promise((resolve) => {
      redis.once("ready", () => resolve());
      setTimeout(resolve, FIRST_CONNECT_WAIT_MS).unref();
    }),
  };
  conn = created;
  redis.on("ready", () => {
    if (!created.up) log.info("redis cache connected");
    created.up = true;
    void flushPendingTags(created);
  });
  redis.on("error", (err) => {
    if (created.up || !created.loggedDown) {
      log.error({ err: { name: err.name, message: err.message } }, "redis cache unavailable: serving without the shared cache");
      created.loggedDown = true;
    }
    created.up = false;
  });
  redis.on("end", () => (created.up = false));
  connections.set(url, created);
  return created;
}

/** @param {Connection} conn */
async function flushPendingTags(conn) {
  if (conn.pendingTags.size === 0) return;
  const batch = new Map(conn.pendingTags);
  conn.pendingTags.clear();
  try {
    await writeTagTimes(conn.redis, batch);
    log.info({ tags: batch.size }, "redis cache: wrote tag revalidations made during the outage");
  } catch {
    for (const [tag, times] of batch) if (!conn.pendingTags.has(tag)) conn.pendingTags.set(tag, times);
  }
}

/**
 * @param {Redis} redis
 * @param {Map<string, TagTimes>} times
 */
async function writeTagTimes(redis, times) {
  const multi = redis.multi();
  for (const [tag, { stale, expired }] of times) {
    if (stale !== undefined) multi.hset(STALE_KEY, tag, String(stale));
    if (expired !== undefined) multi.hset(EXPIRED_KEY, tag, String(expired));
  }
  const results = await multi.exec();
  for (const [err] of results ?? []) if (err) throw err;
}

/** @param {string | undefined} serverDistDir */
function readBuildId(serverDistDir) {
  try {
    return readFileSync(path.join(serverDistDir ?? ".next/server", "..", "BUILD_ID"), "utf8").trim();
  } catch {
    return "unknown-build";
  }
}

/**
 * The tags an entry depends on: for data-cache entries the tags and implicit
 * (path) tags of the request plus those stored with it; for pages and route
 * handlers the tags Next recorded in the x-next-cache-tags header.
 * @param {any} entry
 * @param {any} ctx
 * @returns {string[]}
 */
function entryTags(entry, ctx) {
  const value = entry.value;
  if (value?.kind === "FETCH") {
    return [...new Set([...(ctx?.tags ?? []), ...(ctx?.softTags ?? []), ...(entry.tags ?? [])])];
  }
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

class RedisCacheHandler {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx = {}) {
    const url = process.env.REDIS_URL;
    // A standalone build made with REDIS_URL but started without it: serve, uncached, and say why.
    if (!url && !warnedNoUrl) {
      warnedNoUrl = true;
      log.error("redis cache handler configured but REDIS_URL is empty: serving without a cache");
    }
    /** @type {Connection | null} */
    this.conn = url ? connection(url) : null;
    this.entryPrefix = `${PREFIX}entry:${readBuildId(ctx.serverDistDir)}:${cacheNamespace()}:`;
  }

  /** The client when usable; null while Redis is down (the caller then works without the cache). */
  async client() {
    if (!this.conn) return null;
    if (this.conn.redis.status !== "ready") await this.conn.firstConnect;
    return this.conn.redis.status === "ready" ? this.conn.redis : null;
  }

  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    const redis = await this.client();
    if (!redis) return null;
    try {
      const raw = await redis.get(this.entryPrefix + key);
      if (!raw) return null;
      const entry = decode(raw);
      // Next re-records a hit's lifetime: bounded for junk addresses (reader-input-entries.cjs).
      rememberLifetimeOnHit(key, entry, ctx);
      const tagList = entryTags(entry, ctx);
      if (tagList.length > 0) {
        const [[staleErr, stale], [expiredErr, expired]] = /** @type {[Error | null, (string | null)[]][]} */ (
          await redis.multi().hmget(STALE_KEY, ...tagList).hmget(EXPIRED_KEY, ...tagList).exec()
        );
        if (staleErr || expiredErr) throw staleErr || expiredErr;
        const now = Date.now();
        // Expired after this entry was written: a miss, so the very next request renders fresh.
        if (expired.some((t) => t !== null && Number(t) > entry.lastModified && Number(t) <= now)) return null;
        // Only stale (a revalidateTag with a longer expire, e.g. "max"): serve it once more and
        // let Next revalidate in the background, as with its own cache. Next derives "stale"
        // from lastModified + revalidate, so the entry is reported as old enough to be stale.
        // (lastModified -1 would mean "expired": a blocking render.)
        if (stale.some((t) => t !== null && Number(t) > entry.lastModified)) {
          const revalidate = entry.value?.kind === "FETCH" ? ctx?.revalidate || entry.value.revalidate : entry.cacheControl?.revalidate;
          if (typeof revalidate !== "number") return null;
          const lastModified = Math.min(entry.lastModified, now - revalidate * 1000 - 1);
          return { value: entry.value, lastModified, cacheControl: entry.cacheControl };
        }
      }
      return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
    } catch (err) {
      log.warn({ err: { name: /** @type {Error} */ (err).name, message: /** @type {Error} */ (err).message } }, "redis cache get failed: treated as a miss");
      return null;
    }
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    // Next's in-process map of page lifetimes grows with every address cached,
    // whatever the handler: bounded for junk addresses (reader-input-entries.cjs).
    rememberLifetime(key, fromReaderInput(key, data, ctx), data);
    const redis = await this.client();
    if (!redis) return;
    try {
      if (!data) {
        await redis.del(this.entryPrefix + key);
        return;
      }
      const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl;
      const entry = { lastModified: Date.now(), value: data, cacheControl, tags: ctx?.fetchCache ? (ctx.tags ?? []) : undefined };
      const longest = entryTags(entry, ctx).includes(SEARCH_TAG) ? SEARCH_TTL_SECONDS : MAX_TTL_SECONDS;
      const expire = typeof cacheControl?.expire === "number" ? cacheControl.expire : longest;
      const ttl = Math.max(1, Math.min(longest, Math.ceil(expire)));
      await redis.set(this.entryPrefix + key, encode(entry), "EX", ttl);
    } catch (err) {
      log.warn({ err: { name: /** @type {Error} */ (err).name, message: /** @type {Error} */ (err).message } }, "redis cache set failed: entry not stored");
    }
  }

  /**
   * Same semantics as Next's file-system cache: with durations the tag is
   * stale now and expires after `expire` seconds (0 = now); without, it
   * expires now.
   * @param {string | string[]} tagOrTags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tagOrTags, durations) {
    const tagList = typeof tagOrTags === "string" ? [tagOrTags] : tagOrTags;
    if (tagList.length === 0) return;
    const now = Date.now();
    /** @type {Map<string, TagTimes>} */
    const times = new Map();
    for (const tag of tagList) {
      if (durations) times.set(tag, { stale: now, expired: durations.expire !== undefined ? now + durations.expire * 1000 : undefined });
      else times.set(tag, { expired: now });
    }
    const redis = await this.client();
    try {
      if (!redis) throw new Error("redis is down");
      await writeTagTimes(redis, times);
    } catch (err) {
      // Kept and written on reconnect: entries cached before the outage must not come back stale.
      for (const [tag, t] of times) this.conn?.pendingTags.set(tag, t);
      log.error({ tags: tagList, err: { message: /** @type {Error} */ (err).message } }, "redis cache: tag revalidation deferred until redis is back");
    }
  }

  // Nothing is memoized per request: every get asks Redis, so there is nothing to reset.
  resetRequestCache() {}
}

module.exports = RedisCacheHandler;
module.exports.RedisCacheHandler = RedisCacheHandler;
module.exports.encode = encode;
module.exports.decode = decode;
