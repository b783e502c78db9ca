// nginx in front of the cluster's instances (production-cluster.spec.ts).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "@/app/_cli/postgres-server";
import { microCacheHttp, microCacheLocation, proxyToPortal, scratchNginxTop } from "@/app/_cli/nginx-micro-cache";
import { request } from "./production-helpers";

export type ClusterNginx = { url: string; cachedUrl: string; process: ChildProcess; dir: string; exited: Promise<unknown> };

// Two front doors: a plain proxy, and the micro-cache of README's Deployment section
// (plus /__probe/, a stand-in upstream that sets a cookie, behind the same cache rules).
export async function startNginx(upstreams: string[], probeUrl: string): Promise<ClusterNginx> {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-nginx-"));
  const port = await freePort();
  const cachedPort = await freePort();
  const servers = upstreams.map((u) => `server ${new URL(u).host};`).join(" ");
  const conf = `${scratchNginxTop(dir, { workers: "1", connections: 256 })}
upstream portal { ${servers} keepalive 8; }
${microCacheHttp(dir)}
server {
  listen 127.0.0.1:${cachedPort};
  location /__probe/ {
    proxy_pass ${probeUrl};
    ${microCacheLocation}
  }
  location / {
    ${proxyToPortal}
    ${microCacheLocation}
  }
}
server {
  listen 127.0.0.1:${port};
  location / {
    ${proxyToPortal}
    proxy_set_header X-Forwarded-For $remote_addr;
    proxy_set_header X-Request-Id $request_id;
  }
}
}
`;
  writeFileSync(path.join(dir, "nginx.conf"), conf);
  // Debian puts nginx in /usr/sbin, which is not on every user's PATH.
  const bin = existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
  const child = spawn(bin, ["-p", dir, "-e", path.join(dir, "error.log"), "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (c) => (out += c));
  child.stderr!.on("data", (c) => (out += c));
  child.on("error", (err) => (out += String(err)));
  const exited = new Promise((r) => child.on("exit", r));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    try {
      await request(`${url}/api/health`);
      return { url, cachedUrl: `http://127.0.0.1:${cachedPort}`, process: child, dir, exited };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill("SIGKILL");
  throw new Error(`nginx did not start (Debian: apt-get install -y nginx):\n${out}`);
}
