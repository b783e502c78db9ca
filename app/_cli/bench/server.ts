// Starts a production server for the benchmark and watches its memory: the sum
// of VmRSS over the server's process tree (next start may fork), sampled from /proc.
import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { spawnNextServer } from "../next-server";
import { freePort } from "../postgres-server";

export type BenchServer = {
  url: string;
  pid: number;
  memory: () => { rssMB: number; peakRssMB: number; hwmMB: number };
  pids: () => number[];
  stop: () => Promise<void>;
};

function children(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid (after "pid (comm) state").
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      /* gone */
    }
  }
  return out;
}

function tree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]));
  return all;
}

function statusKB(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`${field}:\\s+(\\d+) kB`));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export async function startServer(opts: { env: Record<string, string>; label: string }): Promise<BenchServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // The server as `npm start` runs it (with the server hooks: compression,
  // request ids, graceful shutdown), minus the per-request log lines.
  const child: ChildProcess = spawnNextServer({
    port: String(port),
    host: "127.0.0.1",
    env: { LOG_LEVEL: "warn", ...opts.env, PORT: String(port), SITE_URL: url, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const pid = child.pid!;

  let peakRss = 0;
  let pids = [pid];
  const sample = () => {
    pids = tree(pid);
    const rss = pids.reduce((sum, p) => sum + statusKB(p, "VmRSS"), 0);
    peakRss = Math.max(peakRss, rss);
  };
  const timer = setInterval(sample, 250);

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${opts.label} server exited:\n${log}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`${opts.label} server did not start in 120s:\n${log}`);
    await new Promise((r) => setTimeout(r, 300));
  }

  return {
    url,
    pid,
    memory: () => {
      sample();
      const rss = pids.reduce((sum, p) => sum + statusKB(p, "VmRSS"), 0);
      const hwm = pids.reduce((sum, p) => sum + statusKB(p, "VmHWM"), 0);
      return { rssMB: rss / 1024, peakRssMB: peakRss / 1024, hwmMB: hwm / 1024 };
    },
    pids: () => tree(pid),
    stop: async () => {
      clearInterval(timer);
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((r) => child.once("exit", () => r()));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}
