// Starts `next start` as a child process with the server hooks loaded
// (request ids, JSON request logs, 503 on database outage, graceful SIGTERM).
// Node runs next's CLI directly, without npx in between, so SIGTERM reaches
// the server itself.
import { spawn, type StdioOptions } from "node:child_process";
import path from "node:path";

export const SERVER_HOOKS = path.resolve("app/_server/server-hooks.cjs");

export function serverHooksNodeOptions(existing = process.env.NODE_OPTIONS ?? ""): string {
  return `${existing} --require ${SERVER_HOOKS}`.trim();
}

export function spawnNextServer(opts: { port: string; host: string; env?: Record<string, string | undefined>; stdio?: StdioOptions }) {
  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  return spawn(process.execPath, [nextBin, "start", "-p", opts.port, "-H", opts.host], {
    stdio: opts.stdio ?? "inherit",
    env: { ...process.env, ...opts.env, NODE_OPTIONS: serverHooksNodeOptions(opts.env?.NODE_OPTIONS ?? process.env.NODE_OPTIONS) },
  });
}
