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
 * grew past 1 GB RSS under streams of unique searches and junk URLs, while
 * with 256 it held 356-357 MB flat over 6,000 unique searches, all answered
 * (issue 25). MAX_HEAP_MB changes it; 0 leaves Node's own default.
 */
export const DEFAULT_MAX_HEAP_MB = 256;

/** `--max-old-space-size=N` from MAX_HEAP_MB, or nothing when NODE_OPTIONS already sets one. */
export function heapNodeOption(env: Record<string, string | undefined> = process.env): string {
  if (/--max-old-space-size/.test(env.NODE_OPTIONS ?? "")) return "";
  const raw = env.MAX_HEAP_MB?.trim() || String(DEFAULT_MAX_HEAP_MB);
  if (raw === "0") return "";
  if (!/^\d+$/.test(raw) || Number(raw) < 128) {
    throw new Error(`MAX_HEAP_MB must be a whole number of megabytes, 128 or more (or 0 for Node's default); got "${raw}".`);
  }
  return `--max-old-space-size=${raw}`;
}

export function serverHooksNodeOptions(existing = process.env.NODE_OPTIONS ?? "", env: Record<string, string | undefined> = process.env): string {
  return `${existing} --require ${SERVER_HOOKS} ${heapNodeOption({ ...env, NODE_OPTIONS: existing })}`.trim();
}

export function spawnNextServer(opts: { port: string; host: string; env?: Record<string, string | undefined>; stdio?: StdioOptions }) {
  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  return spawn(process.execPath, [nextBin, "start", "-p", opts.port, "-H", opts.host], {
    stdio: opts.stdio ?? "inherit",
    env: {
      ...process.env,
      ...opts.env,
      NODE_OPTIONS: serverHooksNodeOptions(opts.env?.NODE_OPTIONS ?? process.env.NODE_OPTIONS, { ...process.env, ...opts.env }),
    },
  });
}
