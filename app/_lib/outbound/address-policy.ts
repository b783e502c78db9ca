// Webhooks make the server POST to addresses admins type in. Without a fence
// that is a way to reach what only the server can: its own ports, the private
// network, the cloud metadata service (169.254.169.254, fd00:ec2::254). So:
// - registration refuses URLs whose host is such an address, a name for one
//   (localhost, *.internal), or a name that resolves to one;
// - delivery checks the addresses again at connection time and connects to
//   the very address it checked (a custom lookup), so a DNS answer that changes
//   after registration ("rebinding") cannot point a delivery inward.
// The same fence guards every outbound call the server makes for admins
// (webhooks, wire feeds). OUTBOUND_ALLOW_PRIVATE=1 (or its older name
// WEBHOOK_ALLOW_PRIVATE=1) lifts it for local testing only.
import dns from "node:dns";
import net, { type LookupFunction } from "node:net";
import type { Env } from "../env";

// Two lists: a BlockList compares IPv4 addresses with IPv6 rules as
// IPv4-mapped addresses, so "::ffff:0:0/96" in one list would block all of IPv4.
const blockedV4 = new net.BlockList();
const blockedV6 = new net.BlockList();
for (const [prefix, bits] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  blockedV4.addSubnet(prefix, bits, "ipv4");
}
for (const [prefix, bits] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["::ffff:0:0", 96], // IPv4-mapped: would reach any IPv4 address, private ones included
  ["64:ff9b::", 96], // NAT64: the same, through a translator
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4: embeds an IPv4 address
  ["fc00::", 7], // unique local (includes AWS metadata fd00:ec2::254)
  ["fe80::", 10], // link-local
  ["fec0::", 10], // old site-local
  ["ff00::", 8], // multicast
] as const) {
  blockedV6.addSubnet(prefix, bits, "ipv6");
}

/** Whether `ip` (an IPv4 or IPv6 address, brackets allowed) is one webhooks must never reach. */
export function isBlockedAddress(ip: string): boolean {
  const address = ip.replace(/^\[|\]$/g, "");
  const family = net.isIP(address);
  if (family === 0) return true;
  return family === 4 ? blockedV4.check(address, "ipv4") : blockedV6.check(address, "ipv6");
}

// Names that mean "this machine" or "the internal network" whatever DNS says.
const INTERNAL_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa)\.?$/i;

type Resolve = (host: string) => Promise<string[]>;

const systemResolve: Resolve = async (host) => (await dns.promises.lookup(host, { all: true, verbatim: true })).map((a) => a.address);

const RESOLVE_TIMEOUT_MS = 3_000;

/**
 * Why `url` may not be a webhook (a sentence for the form), or null when it
 * may. A name that does not resolve now is accepted: delivery checks again.
 */
export async function webhookUrlProblem(url: string, opts: { allowPrivate: boolean; resolve?: Resolve }): Promise<string | null> {
  if (opts.allowPrivate) return null;
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  } catch {
    return "Must be an http(s) URL";
  }
  const refused = "Must be a public address: loopback, private, link-local and metadata addresses are refused";
  if (net.isIP(host)) return isBlockedAddress(host) ? refused : null;
  if (INTERNAL_NAME.test(host) || !host.includes(".")) return refused;
  let addresses: string[];
  try {
    addresses = await Promise.race([
      (opts.resolve ?? systemResolve)(host),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), RESOLVE_TIMEOUT_MS).unref()),
    ]);
  } catch {
    return null;
  }
  return addresses.some(isBlockedAddress) ? `${refused} (${host} resolves to one)` : null;
}

export class BlockedAddressError extends Error {
  code = "EBLOCKEDADDRESS";
}

/**
 * A net/http `lookup` that refuses names resolving to a blocked address. The
 * socket connects to the address checked here, not to a second DNS answer.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return (callback as (e: Error) => void)(err);
    const bad = addresses.find((a) => isBlockedAddress(a.address));
    if (bad || addresses.length === 0) {
      const error = new BlockedAddressError(`refused: ${hostname} resolves to ${bad?.address ?? "nothing"}, a private or local address`);
      return (callback as (e: Error) => void)(error);
    }
    if (options.all) return (callback as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
    return callback(null, addresses[0].address, addresses[0].family);
  });
};

/** Whether outbound calls may reach private addresses (local testing only; production start refuses it). Read at call time. */
export const outboundAllowPrivate = (e: Pick<Env, "OUTBOUND_ALLOW_PRIVATE" | "WEBHOOK_ALLOW_PRIVATE">) => e.OUTBOUND_ALLOW_PRIVATE || e.WEBHOOK_ALLOW_PRIVATE;
