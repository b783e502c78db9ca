// @ts-check
// The database (and public address) a server's cached entries were made from,
// as a short hash. Both cache handlers key entries by it, so two servers that
// share one build folder or one Redis but read different databases (a
// `next start` on data/large.db beside `npm start`, a staging instance on the
// production Redis) never serve each other's pages or data. SITE_URL is part
// of it because pages carry absolute links (canonical, feeds, sitemaps).
// Several instances of one site share entries: give them the same
// DATABASE_URL host, port and database, and the same SITE_URL.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports */
const { createHash } = require("node:crypto");

/**
 * DATABASE_URL without credentials or options: a password change keeps the cache.
 * @param {string} url
 */
function databaseIdentity(url) {
  if (!/^postgres(ql)?:\/\//.test(url)) return url;
  try {
    const u = new URL(url);
    return `postgres://${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return url;
  }
}

/** @param {Record<string, string | undefined>} [env] */
function cacheNamespace(env = process.env) {
  const database = databaseIdentity(env.DATABASE_URL || "file:./data/portal.db");
  const site = env.SITE_URL || `${env.HOST || "127.0.0.1"}:${env.PORT || "3000"}`;
  return createHash("sha256").update(`${database}\n${site}`).digest("hex").slice(0, 12);
}

module.exports = { cacheNamespace, databaseIdentity };
