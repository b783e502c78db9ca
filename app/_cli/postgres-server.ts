// A throwaway Postgres server for tests: initdb + pg_ctl in a temp folder, on
// a free port on 127.0.0.1, trust auth, C collation (sorts like SQLite), no
// fsync. As root (CI) the server runs as the `postgres` user (initdb refuses root).
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

function binDir(): string {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) return fromEnv;
  for (const v of ["17", "16", "15", "14"]) {
    const dir = `/usr/lib/postgresql/${v}/bin`;
    if (existsSync(`${dir}/initdb`)) return dir;
  }
  throw new Error("No Postgres server binaries found (Debian: apt-get install -y postgresql, or set PG_BIN).");
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export type PostgresServer = {
  port: number;
  dataDir: string;
  /** URL of a database on this server (created with createDatabase). */
  url: (database: string) => string;
  createDatabase: (name: string) => void;
  start: () => void;
  /** Stops the server (fast shutdown: open connections are terminated). */
  stop: () => void;
  /** Stops the server and removes its files. Safe to call twice. */
  destroy: () => void;
};

export async function startPostgres(): Promise<PostgresServer> {
  const bin = binDir();
  const asRoot = process.getuid?.() === 0;
  const dataDir = mkdtempSync(path.join(tmpdir(), "portal-pg-"));
  const port = await freePort();
  const run = (cmd: string, args: string[]) => {
    const full = asRoot ? ["runuser", ["-u", "postgres", "--", `${bin}/${cmd}`, ...args]] : [`${bin}/${cmd}`, args];
    const res = spawnSync(full[0] as string, full[1] as string[], { encoding: "utf8" });
    if (res.status !== 0) throw new Error(`${cmd} failed: ${res.stderr || res.stdout}`);
    return res.stdout;
  };
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString());
    chownSync(dataDir, uid, gid);
  }
  const pgdata = path.join(dataDir, "data");
  run("initdb", ["-D", pgdata, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
  const opts = [
    `-p ${port}`,
    `-k ${dataDir}`,
    "-c listen_addresses=127.0.0.1",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=200",
  ].join(" ");
  let running = false;
  const server: PostgresServer = {
    port,
    dataDir,
    url: (db) => `postgresql://postgres@127.0.0.1:${port}/${db}`,
    createDatabase: (name) => {
      run("psql", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", "postgres", "-qc", `CREATE DATABASE "${name}"`]);
    },
    start: () => {
      run("pg_ctl", ["-D", pgdata, "-o", opts, "-l", path.join(dataDir, "server.log"), "-w", "start"]);
      running = true;
    },
    stop: () => {
      if (!running) return;
      run("pg_ctl", ["-D", pgdata, "-m", "fast", "-w", "stop"]);
      running = false;
    },
    destroy: () => {
      try {
        server.stop();
      } catch {
        // Already gone: still remove the files.
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  server.start();
  return server;
}
