// Which address a request came from, decided once per request by the server
// hooks from the TCP socket, never from a header a client can write itself.
//
// TRUST_PROXY tells which proxies in front of the server may be believed:
//   unset / "0"        no proxy: the socket's address is the client (npm start).
//   a number N (1-10)  N proxies, each appending to X-Forwarded-For (nginx:
//                      `proxy_set_header X-Forwarded-For $remote_addr` is 1).
//   a list             addresses or CIDR ranges of the proxies, "loopback"
//                      for 127.0.0.0/8 and ::1, e.g. "loopback,10.0.0.0/8".
// Walking from the socket towards the client, the first hop that is not a
// trusted proxy is the client: the right-most untrusted X-Forwarded-For entry,
// never the left-most (which anyone can write).
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports */
const net = require("node:net");

/** The request header the hooks set (overwriting whatever a client sent) and the app reads. */
const CLIENT_ADDRESS_HEADER = "x-portal-client-address";

/** @typedef {{ hops: number } | { list: net.BlockList } | null} Trust */

/** Strips the IPv4-mapped prefix Node reports on dual-stack sockets (::ffff:1.2.3.4). */
function normalize(address) {
  const a = String(address || "").trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(a) ? a.slice(7) : a;
}

/**
 * Parses TRUST_PROXY. Throws with a message naming the bad part.
 * @param {string | undefined} value
 * @returns {Trust}
 */
function parseTrustProxy(value) {
  const v = String(value ?? "").trim();
  if (v === "" || v === "0" || v === "false") return null;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops > 10) throw new Error(`TRUST_PROXY: ${hops} proxies is more than any real chain (at most 10)`);
    return { hops };
  }
  const list = new net.BlockList();
  for (const raw of v.split(",")) {
    const part = raw.trim();
    if (part === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [address, bits, extra] = part.split("/");
    const family = net.isIP(address);
    const max = family === 4 ? 32 : 128;
    if (!family || extra !== undefined || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= max))) {
      throw new Error(`TRUST_PROXY: "${part}" is not an IP address, a CIDR range or "loopback"`);
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return { list };
}

function isTrusted(list, address) {
  const family = net.isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address.
 * @param {string | undefined} socketAddress the TCP peer (req.socket.remoteAddress)
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header(s)
 * @param {Trust} trust parsed TRUST_PROXY
 */
function clientAddress(socketAddress, forwardedFor, trust) {
  const socket = normalize(socketAddress);
  if (!trust) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor || "";
  // Nearest hop first: the socket, then X-Forwarded-For from right to left.
  const hops = [socket, ...header.split(",").map(normalize).filter(Boolean).reverse()];
  let client = socket;
  for (let i = 0; i < hops.length; i++) {
    // A hop that is not an address was never written by a trusted proxy: stop at the last good one.
    if (!net.isIP(hops[i])) break;
    client = hops[i];
    const trusted = "hops" in trust ? i < trust.hops : isTrusted(trust.list, hops[i]);
    if (!trusted) break;
  }
  return client;
}

module.exports = { CLIENT_ADDRESS_HEADER, clientAddress, parseTrustProxy };
