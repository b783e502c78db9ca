// One autocannon measurement on loopback: requests/s, latency percentiles, errors.
// `paths` with more than one entry are requested in turn (distinct URLs), so a
// cache-miss measurement never asks twice for the same page. A response counts
// as wrong unless its status is 2xx, or `expectStatus` when given (a 304 for a
// conditional request).
import { createRequire } from "node:module";
import path from "node:path";

// autocannon ships no types; the part of its API used here.
type Req = { method?: string; path?: string; headers?: Record<string, string> };
type Result = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  throughput: { total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
};
type Options = {
  url: string;
  connections: number;
  duration: number;
  amount?: number;
  timeout: number;
  headers: Record<string, string>;
  requests: { method: string; setupRequest: (req: Req) => Req }[];
};
const autocannon = createRequire(path.join(process.cwd(), "package.json"))("autocannon") as (opts: Options) => Promise<Result>;

export type LoadResult = {
  requestsPerSec: number;
  p50: number;
  p99: number;
  /** The slowest response: with few connections a stall of the server shows here, not in p99. */
  max: number;
  requests: number;
  errors: number;
  /** Responses with another status than the one expected. */
  wrongStatus: number;
  bytesPerReq: number;
};

export async function measure(opts: {
  base: string;
  paths: string[];
  connections: number;
  durationSec: number;
  maxRequests?: number;
  headers?: Record<string, string>;
  expectStatus?: number;
}): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: opts.base,
    connections: opts.connections,
    duration: opts.durationSec,
    amount: opts.maxRequests,
    timeout: 30,
    headers: { "accept-encoding": "gzip", ...opts.headers },
    requests: [
      {
        method: "GET",
        setupRequest: (req) => {
          const path = opts.paths[next++ % opts.paths.length];
          return { ...req, path };
        },
      },
    ],
  });
  return {
    requestsPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    wrongStatus: opts.expectStatus ? result.requests.total - (result.statusCodeStats[opts.expectStatus]?.count ?? 0) : result.non2xx,
    bytesPerReq: result.requests.total ? result.throughput.total / result.requests.total : 0,
  };
}

/** Several measurements of one URL as one: requests/s over their whole time, the median p50, the worst p99 and max. */
export function combined(results: LoadResult[], secondsEach: number): LoadResult {
  const requests = results.reduce((s, r) => s + r.requests, 0);
  const p50s = results.map((r) => r.p50).sort((a, b) => a - b);
  return {
    requestsPerSec: requests / (secondsEach * results.length || 1),
    p50: p50s[Math.floor((p50s.length - 1) / 2)] ?? 0,
    p99: Math.max(0, ...results.map((r) => r.p99)),
    max: Math.max(0, ...results.map((r) => r.max)),
    requests,
    errors: results.reduce((s, r) => s + r.errors, 0),
    wrongStatus: results.reduce((s, r) => s + r.wrongStatus, 0),
    bytesPerReq: requests ? results.reduce((s, r) => s + r.bytesPerReq * r.requests, 0) / requests : 0,
  };
}
