// What the benchmark ran on, and how busy the machine was meanwhile: CPU time
// from /proc/stat split into this benchmark (server + load generator) and
// everything else, so a run on a shared machine says how shared it was.
import { readFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";

/** cpuMHz: the clock the kernel reports (runs on different hosts differ by 2x in speed; see BENCHMARKS.md). */
export type MachineInfo = { cores: number; memoryGiB: number; cpuModel: string; cpuMHz?: number; node: string; platform: string };

export function machineInfo(): MachineInfo {
  return {
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    cpuModel: cpus()[0]?.model?.trim() ?? "unknown",
    cpuMHz: cpuMHz(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

// Node's cpus()[].speed reads the frequency scaling files, which a virtual
// machine may lack (it gives 0 then); /proc/cpuinfo still says the clock.
function cpuMHz(): number | undefined {
  const fromNode = cpus()[0]?.speed;
  if (fromNode) return fromNode;
  try {
    const m = readFileSync("/proc/cpuinfo", "utf8").match(/^cpu MHz\s*:\s*([\d.]+)/m);
    return m ? Math.round(Number(m[1])) : undefined;
  } catch {
    return undefined;
  }
}

function machineJiffies(): { busy: number; total: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0];
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = v[3] + (v[4] ?? 0);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

function processJiffies(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime, stime, cutime, cstime (fields 14-17; here offset by 3)
    return Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  } catch {
    return 0;
  }
}

export type LoadWindow = { machineBusyPct: number; oursPct: number; othersPct: number; loadAvg: number };

/** Starts a window; calling the result ends it. Percentages are of all cores. */
export function loadWindow(ourPids: () => number[]): () => LoadWindow {
  const m0 = machineJiffies();
  const pids0 = ourPids();
  const ours0 = pids0.reduce((s, p) => s + processJiffies(p), 0);
  return () => {
    const m1 = machineJiffies();
    const ours1 = pids0.reduce((s, p) => s + processJiffies(p), 0);
    const total = Math.max(1, m1.total - m0.total);
    const busy = ((m1.busy - m0.busy) / total) * 100;
    const ours = Math.min(busy, ((ours1 - ours0) / total) * 100);
    return { machineBusyPct: busy, oursPct: ours, othersPct: Math.max(0, busy - ours), loadAvg: loadavg()[0] };
  };
}
