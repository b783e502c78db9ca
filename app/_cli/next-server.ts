// Starts `next start` as a child process with the server hooks loaded
// (request ids, JSON request logs, 503 on database outage, graceful SIGTERM)
// and a bounded heap (MAX_HEAP_MB).
// Node runs next's CLI directly, without npx in between, so SIGTERM reaches
// the server itself.
import { spawn, type StdioOptions } from "node:child_process";
import path from "node:path";

export const SERVER_HOOKS = path.resolve("app/_server/server-hooks.cjs");

/**
 * Default V8 heap bound of a server (MB). Node sizes the heap from the
 * machine's memory and collects late: on a 24 GiB machine an unbounded server
 * grew past 1 GB RSS under streams of unique searches and junk URLs (issue 25).
 * Measured by the soak on the 100k-story archive (BENCHMARKS.md, "Soak"):
 * with 256 RSS levelled off at 344-366 MB (240 s), with 192 at 283-353 MB
 * (600 s) and as many requests a second as the 256 of before with Next's
 * bigger memory cache; with SEMI_SPACE_MB below, 263-330 MB. MAX_HEAP_MB
 * changes it; 0 leaves Node's own default.
 */
export const DEFAULT_MAX_HEAP_MB = 192;

/**
 * glibc gives each thread that allocates its own malloc arena (up to 8 per
 * core), and each keeps what it freed: the thread pool's compression and file
 * reads held ~25 MB that way in the soak. Two arenas measured the same speed.
 * Only glibc reads it (musl and other systems ignore it); a value already set wins.
 */
export const DEFAULT_MALLOC_ARENA_MAX = "2";

/**
 * Young generation (MB per semi-space) that goes with the heap bound. Node's
 * default, 16, keeps 32 MB for short-lived objects beside the old generation;
 * 8 took 23 MB off the soak's peak RSS (353 -> 330 MB) and served as many
 * requests (BENCHMARKS.md, "Soak").
 */
export const SEMI_SPACE_MB = 8;

/**
 * `--max-old-space-size=N --max-semi-space-size=8` from MAX_HEAP_MB; nothing
 * for MAX_HEAP_MB=0. A flag NODE_OPTIONS already sets is left to it.
 */
export function heapNodeOption(env: Record<string, string | undefined> = process.env): string {
  const raw = env.MAX_HEAP_MB?.trim() || String(DEFAULT_MAX_HEAP_MB);
  if (raw === "0") return "";
  if (!/^\d+$/.test(raw) || Number(raw) < 128) {
    throw new Error(`MAX_HEAP_MB must be a whole number of megabytes, 128 or more (or 0 for Node's default); got "${raw}".`);
  }
  const flags = [`--max-old-space-size=${raw}`, `--max-semi-space-size=${SEMI_SPACE_MB}`];
  return flags.filter((flag) => !(env.NODE_OPTIONS ?? "").includes(flag.split("=")[0])).join(" ");
}

export function serverHooksNodeOptions(existing = process.env.NODE_OPTIONS ?? "", env: Record<string, string | undefined> = process.env): string {
  return `${existing} --require ${SERVER_HOOKS} ${heapNodeOption({ ...env, NODE_OPTIONS: existing })}`.trim();
}

/** The environment of a started server: the caller's, the malloc default, and NODE_OPTIONS with the hooks and the heap bound. */
export function nextServerEnv(env: Record<string, string | undefined> = {}, base: Record<string, string | undefined> = process.env): Record<string, string | undefined> {
  return {
    MALLOC_ARENA_MAX: DEFAULT_MALLOC_ARENA_MAX,
    ...base,
    ...env,
    NODE_OPTIONS: serverHooksNodeOptions(env.NODE_OPTIONS ?? base.NODE_OPTIONS, { ...base, ...env }),
  };
}

export function spawnNextServer(opts: { port: string; host: string; env?: Record<string, string | undefined>; stdio?: StdioOptions }) {
  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  return spawn(process.execPath, [nextBin, "start", "-p", opts.port, "-H", opts.host], {
    stdio: opts.stdio ?? "inherit",
    env: nextServerEnv(opts.env) as NodeJS.ProcessEnv,
  });
}
