// Loaded into the `next start` (or standalone server.js) process with
//   NODE_OPTIONS="--require <this file>"
// (app/_cli/start.ts and e2e-server.ts do it). Next gives no hook around its
// HTTP server, so this one watches every request the server emits:
//  - request ids: keeps a sane incoming X-Request-Id (from nginx) or makes one,
//    passes it to the app (request header) and back to the client;
//  - one structured JSON log line per request (pino), path without query
//    string, no headers, so no tokens or cookies are logged;
//  - database outage: a 500 while the app has seen the database fail becomes a
//    503 with Retry-After; a page's body becomes a readable outage page
//    (outage-page.cjs: Next's own is an empty document), JSON keeps its body;
//  - permanent redirects of GET/HEAD requests go out as 301: Next answers
//    permanentRedirect() with 308, which means the same for GET/HEAD, but 301
//    is what the newsroom promises for renamed stories (/news/<old-slug>) and
//    what every crawler and client has always understood. Doing it here keeps
//    the redirect off the hot path: only a request that misses an article
//    looks the old address up (a cached read), no middleware runs before
//    every article.
//  - HEAD requests are answered with the headers their GET gets (below);
//  - the app's fixed rewrites (early-rewrites.cjs: "/", the feeds, the
//    sitemaps, /search?q=) applied before Next routes, which costs Next a
//    tenth to a quarter of a cached hit on those addresses;
//  - compression (response-compression.cjs): cached pages are compressed once,
//    not on every request; Next's own compression is off (next.config.js).
//  - the client's address (client-address.cjs): from the socket, or from
//    X-Forwarded-For only as far as TRUST_PROXY allows, passed to the app in
//    a request header that a client's own copy can never survive;
//  - a path with an undecodable percent escape is answered 400 (JSON) here
//    (malformed-path.cjs): Next would answer 500;
//  - a method the feeds and sitemaps do not serve is answered 405 (JSON, Allow)
//    here (prerendered-route-methods.cjs): Next would send a bare 405 or the cached feed;
//  - graceful shutdown on SIGTERM/SIGINT: stop accepting, let in-flight
//    requests finish (keep-alive connections are closed after their response),
//    close the database client, exit 0.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports */
const http = require("node:http");
const { randomUUID } = require("node:crypto");
const pino = require("pino");
const { compressResponses } = require("./response-compression.cjs");
const { replaceOutageBody } = require("./outage-page.cjs");
const { loadRewrites, rewriteUrl } = require("./early-rewrites.cjs");
const { processState } = require("./process-state.cjs");
const { answerMalformedPath, isDecodablePath } = require("./malformed-path.cjs");
const { answerPrerenderedMethod } = require("./prerendered-route-methods.cjs");
const { CLIENT_ADDRESS_HEADER, clientAddress, parseTrustProxy } = require("./client-address.cjs");

// Next must not install its own signal handlers (it exits 143 without closing the database).
process.env.NEXT_MANUAL_SIG_HANDLE = "1";

const log = pino({
  level: process.env.LOG_LEVEL || "info",
  base: { service: "portal", pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
});
const GRACE_MS = Number(process.env.SHUTDOWN_GRACE_MS || 25000);
const RETRY_AFTER_SECONDS = "30";
const servers = new Set();
let inFlight = 0;
let draining = false;
let signalsInstalled = false;
const rewrites = loadRewrites();
const trustProxy = parseTrustProxy(process.env.TRUST_PROXY);
// Tells the app that CLIENT_ADDRESS_HEADER is ours on every request.
processState().clientAddressFromHooks = true;

const validId = (v) => typeof v === "string" && /^[A-Za-z0-9._:-]{8,128}$/.test(v);
const databaseDown = () => processState().database.down;
// Static assets and health probes are many and boring: debug level.
const quiet = (path) => path.startsWith("/_next/") || path.startsWith("/api/health") || path === "/favicon.ico";

function onRequest(server, req, res) {
  const reqId = validId(req.headers["x-request-id"]) ? req.headers["x-request-id"] : randomUUID();
  req.headers["x-request-id"] = reqId;
  res.setHeader("X-Request-Id", reqId);
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustProxy);
  if (draining) res.setHeader("Connection", "close");
  const started = process.hrtime.bigint();
  const path = (req.url || "/").split("?")[0];
  const method = req.method;
  // A HEAD request is answered as its GET would be, without the body: Node
  // sends no body for a HEAD response whatever is written (it knows the
  // request's method from before this hook). So HEAD gets what GET gets:
  // the same Content-Length, Content-Encoding, ETag and 304, where Next would
  // give the length of the page before compression and with its runtime.
  if (method === "HEAD") req.method = "GET";
  // Not for the client router's own requests (RSC): Next tells it what was rewritten.
  if (rewrites.length && !req.headers.rsc) {
    const routed = rewriteUrl(rewrites, req.url);
    if (routed) req.url = routed;
  }
  inFlight++;
  compressResponses(req, res);
  // Outside the compression wrappers: the outage page is compressed like any page.
  replaceOutageBody(req, res, () => res.statusCode === 500 && databaseDown());

  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    if (status === 308 && (method === "GET" || method === "HEAD")) status = 301;
    // Next 16 sends the Location of a freshly rendered page redirect twice.
    const location = this.getHeader("location");
    if (Array.isArray(location) && location.length > 1) this.setHeader("location", location[0]);
    if (status === 500 && databaseDown()) {
      status = 503;
      this.setHeader("Retry-After", RETRY_AFTER_SECONDS);
      this.setHeader("Cache-Control", "no-store");
    }
    return writeHead.call(this, status, ...rest);
  };

  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    inFlight--;
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const line = { reqId, method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10, aborted: !res.writableFinished || undefined };
    if (res.statusCode >= 500) log.error(line, "request failed");
    else if (quiet(path)) log.debug(line, "request");
    else log.info(line, "request");
  };
  res.on("finish", finish);
  res.on("close", finish);
  installSignals();
  // Answered here, never passed to Next (which would answer 500).
  if (!isDecodablePath(path)) {
    answerMalformedPath(res);
    return false;
  }
  if (answerPrerenderedMethod(req, res, method, (req.url || "/").split("?")[0])) return false;
  return true;
}

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, ...args) {
  if (event === "request" && !onRequest(this, args[0], args[1])) return true;
  else if (event === "listening") servers.add(this);
  return emit.call(this, event, ...args);
};

function installSignals() {
  if (signalsInstalled) return;
  signalsInstalled = true;
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

async function shutdown(signal) {
  draining = true;
  log.info({ signal, inFlight }, "shutting down: no new connections, finishing requests in flight");
  const closed = [...servers].map(
    (server) =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would otherwise hold the server open.
        server.closeIdleConnections?.();
      }),
  );
  let allClosed = false;
  Promise.all(closed).then(() => (allClosed = true));
  // Wait for the requests in flight and for every connection to end (a
  // connection accepted just before close() may still bring a request).
  const deadline = Date.now() + GRACE_MS;
  while ((inFlight > 0 || !allClosed) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    for (const server of servers) server.closeIdleConnections?.();
  }
  if (inFlight > 0) log.warn({ inFlight }, "grace period over: exiting with requests in flight");
  try {
    const { prisma } = processState();
    if (prisma) await prisma.$disconnect();
    log.info("database closed");
  } catch (err) {
    log.warn({ err: { name: err && err.name } }, "closing the database failed");
  }
  log.info({ signal }, "shutdown complete");
  log.flush?.();
  process.exit(0);
}

// Signals can come before the first request.
process.nextTick(installSignals);
