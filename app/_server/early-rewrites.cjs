// The app's fixed rewrites, applied by the server hooks before Next routes.
//
// next.config.js rewrites a few public addresses to the routes that answer
// them: "/" to /front/en, /feed.xml to /feeds/site/all/rss.xml, the sitemaps,
// and /search?q=<words>&page=<n> to /search/<words>/<n> (so they render on
// first request and are cached, builds need no database). Next matches those
// rules on every request, in its router and again in the page's handler
// (prepareDestination, path-to-regexp, the query rules' regular expressions):
// on the 2-core machine of BENCHMARKS.md a cached /feed.xml answered 25%
// fewer requests per second than the same feed asked by its route's own
// address, /search?q= 10-15% fewer than /search/<words>/1 (alternating
// autocannon runs, 2026-12-01).
//
// So the hooks apply the same rules first, from the build's own
// routes-manifest.json (what Next itself reads: next.config.js stays the one
// place they are written), and hand Next the route's address. Only the rules
// this can follow exactly are taken: a fixed source path, conditions on query
// parameters, and a destination path with the parameters those conditions
// name. Anything else, and any request they do not match, goes to Next as it
// came, and Next's own rewrite applies; without the hooks (`next dev`,
// Vercel) Next does it all. early-rewrites.test.ts checks the results against
// Next's own matchHas and prepareDestination. Next then matches headers() and
// the proxy (middleware) against the route's address, not the one asked for:
// the test also checks that every rewritten address gets the same headers
// either way (the proxy runs on /admin only, which is never rewritten).
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("node:fs");
const path = require("node:path");

const FIXED_SOURCE = /^\/[A-Za-z0-9._~/-]*$/;
const DESTINATION = /^(\/(?:[A-Za-z0-9._~-]+|:[A-Za-z_][A-Za-z0-9_]*))+$/;

/** The rules of `rewrites` (routes-manifest.json's beforeFiles) that can be applied here. */
function compileRewrites(rewrites) {
  const rules = [];
  for (const r of rewrites || []) {
    if (typeof r.source !== "string" || !FIXED_SOURCE.test(r.source)) continue;
    if (typeof r.destination !== "string" || !DESTINATION.test(r.destination)) continue;
    const conditions = [...(r.has || []), ...(r.missing || [])];
    if (conditions.some((c) => c.type !== "query" || typeof c.key !== "string")) continue;
    // A "has" without a value makes a parameter of the key's value (Next names it after the key): not taken.
    if ((r.has || []).some((c) => typeof c.value !== "string")) continue;
    const compile = (c) => ({ key: c.key, value: typeof c.value === "string" ? new RegExp(`^${c.value}$`) : null });
    const has = (r.has || []).map(compile);
    const names = new Set();
    for (const c of has) for (const name of Object.keys(new RegExp(`${c.value.source}|`).exec("")?.groups || {})) names.add(name);
    const params = r.destination.split("/").filter((s) => s.startsWith(":")).map((s) => s.slice(1));
    if (params.some((p) => !names.has(p))) continue;
    rules.push({ source: r.source, has, missing: (r.missing || []).map(compile), destination: r.destination });
  }
  return rules;
}

/** Next's test of one query condition (matchHas): the last value of a repeated key; groups become parameters. */
function matches(condition, query, params) {
  const values = query.getAll(condition.key);
  const value = values.length ? values[values.length - 1] : undefined;
  if (!value) return false;
  if (!condition.value) return true;
  const m = condition.value.exec(value);
  if (!m) return false;
  if (m.groups) Object.assign(params, m.groups);
  return true;
}

/** The address Next's rewrite would route `url` to, or null when none of `rules` applies. */
function rewriteUrl(rules, url) {
  if (!url || url[0] !== "/") return null;
  const q = url.indexOf("?");
  const pathname = q === -1 ? url : url.slice(0, q);
  const search = q === -1 ? "" : url.slice(q);
  let query;
  for (const rule of rules) {
    if (rule.source !== pathname) continue;
    query ??= new URLSearchParams(search);
    const params = {};
    if (!rule.has.every((c) => matches(c, query, params))) continue;
    if (rule.missing.some((c) => matches(c, query, {}))) continue;
    const raw = rule.destination.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name) => params[name]);
    // As Next hands the route its segments: percent-encoded as a URL path.
    let destination;
    try {
      destination = new URL(raw, "http://n").pathname;
    } catch {
      return null;
    }
    if (destination.split("/").length !== rule.destination.split("/").length) return null;
    return destination + search;
  }
  return null;
}

/** The rules of the build in `distDir` (none when there is no build there). */
function loadRewrites(distDir = path.resolve(".next")) {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "routes-manifest.json"), "utf8"));
    if (manifest.basePath) return [];
    return compileRewrites(manifest.rewrites && manifest.rewrites.beforeFiles);
  } catch {
    return [];
  }
}

module.exports = { compileRewrites, rewriteUrl, loadRewrites };
