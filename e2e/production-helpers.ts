// Helpers for the production specs: a second server instance on the e2e
// database, and plain HTTP requests on fresh connections (no keep-alive), so
// "connection refused" tells a request the server never accepted.
import http from "node:http";
import type { ChildProcess } from "node:child_process";
import { freePort } from "@/app/_cli/postgres-server";
import { spawnNextServer } from "@/app/_cli/next-server";

export const e2eDatabaseUrl = () => process.env.E2E_DATABASE_URL ?? `file:./data/e2e/portal-${process.env.E2E_PORT}.db`;

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? "GET", headers: init.headers, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

export type Instance = { url: string; process: ChildProcess; logs: () => string; exited: Promise<number | null> };

/** Starts another `next start` (with the server hooks), on the e2e database unless env says otherwise; resolves when it answers. */
export async function startInstance(env: Record<string, string> = {}): Promise<Instance> {
  const port = String(await freePort());
  const child = spawnNextServer({
    port,
    host: "127.0.0.1",
    stdio: ["ignore", "pipe", "pipe"],
    // Its own file cache unless the caller passes REDIS_URL (production-cluster.spec.ts).
    env: { DATABASE_URL: e2eDatabaseUrl(), PORTAL_DEMO: "1", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "info", REDIS_URL: "", ...env },
  });
  let out = "";
  child.stdout!.on("data", (c) => (out += c));
  child.stderr!.on("data", (c) => (out += c));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${out}`);
    try {
      if ((await request(`${url}/api/health`)).status === 200) return { url, process: child, logs: () => out, exited };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`server did not start:\n${out}`);
}

/** The JSON log lines an instance wrote (pino), skipping Next's plain-text lines. */
export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}
