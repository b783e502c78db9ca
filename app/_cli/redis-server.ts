// A throwaway redis-server for tests (Debian's redis-server): a free port on
// 127.0.0.1, a temp folder, no persistence. stop()/start() simulate an outage
// on the same port; destroy() stops it and removes the folder.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./postgres-server";

export type RedisServer = {
  port: number;
  url: string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  destroy: () => Promise<void>;
};

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.setTimeout(500);
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (d) => {
      socket.destroy();
      resolve(d.toString().startsWith("+PONG"));
    });
    socket.on("error", () => resolve(false));
    socket.on("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export async function startRedis(): Promise<RedisServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-redis-"));
  const port = await freePort();
  let child: ChildProcess | null = null;
  let output = "";

  const start = async () => {
    if (child) return;
    const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no", "--daemonize", "no"];
    const proc = spawn("redis-server", args, { stdio: ["ignore", "pipe", "pipe"] });
    child = proc;
    proc.stdout!.on("data", (c) => (output += c));
    proc.stderr!.on("data", (c) => (output += c));
    proc.on("error", (err) => (output += String(err)));
    proc.on("exit", () => {
      if (child === proc) child = null;
    });
    for (let i = 0; i < 100; i++) {
      if (await answersPing(port)) return;
      if (proc.exitCode !== null || proc.signalCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    proc.kill("SIGKILL");
    throw new Error(`redis-server did not start (Debian: apt-get install -y redis-server):\n${output}`);
  };

  const stop = async () => {
    const proc = child;
    if (!proc) return;
    const exited = new Promise((r) => proc.once("exit", r));
    proc.kill("SIGTERM");
    await exited;
  };

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    start,
    stop,
    destroy: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
