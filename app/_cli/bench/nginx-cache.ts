// Two bench rows: "nginx serving the same HTML as a file" (the static ceiling:
// the article page saved once, gzipped as the server sent it) and "article
// through the nginx cache" (the README's 1 s micro-cache, app/_cli/nginx-micro-cache.ts,
// in front of the bench server), measured in alternating rounds like the other rows.
// Run alone against a running server: tsx app/_cli/bench/nginx-cache.ts <base-url> <article-path>
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../postgres-server";
import { microCacheHttp, microCacheLocation, proxyToPortal, scratchNginxTop } from "../nginx-micro-cache";
import { combined, measure, type LoadResult } from "./load";
import { loadWindow, type LoadWindow } from "./machine";

export type NginxRow = { name: string; path: string; cached: LoadResult & { load: LoadWindow }; rounds: { page: number[]; static: number[] } };
export type NginxBenchOptions = { connections: number; rounds: number; roundSeconds: number; window: () => () => LoadWindow };

/** The page as the server sends it to a browser asking for gzip (bytes untouched). */
function fetchRaw(url: string): Promise<{ status: number; encoding: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip" }, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, encoding: String(res.headers["content-encoding"] ?? ""), body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

async function startNginx(dir: string, upstream: string, encoding: string) {
  const port = await freePort();
  const conf = `${scratchNginxTop(dir, { workers: "auto", connections: 1024 })}
  upstream portal { server ${new URL(upstream).host}; keepalive 16; }
  ${microCacheHttp(dir)}
  server {
    listen 127.0.0.1:${port};
    location = /nginx-static-article {
      alias ${dir}/article.html;
      default_type "text/html; charset=utf-8";
      ${encoding ? `add_header Content-Encoding ${encoding};` : ""}
    }
    location / {
      ${proxyToPortal}
      ${microCacheLocation}
    }
  }
}
`;
  writeFileSync(path.join(dir, "nginx.conf"), conf);
  const bin = existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
  const child = spawn(bin, ["-p", dir, "-e", path.join(dir, "error.log"), "-c", path.join(dir, "nginx.conf")], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100 && child.exitCode === null; i++) {
    try {
      await fetchRaw(`${url}/nginx-static-article`);
      return { url, stop: () => new Promise<void>((r) => (child.exitCode !== null ? r() : (child.on("exit", () => r()), child.kill("SIGTERM")))) };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill("SIGKILL");
  throw new Error("nginx did not start (Debian: apt-get install -y nginx)");
}

export async function nginxCacheRows(base: string, articlePath: string, opts: NginxBenchOptions): Promise<NginxRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-nginx-"));
  const page = await fetchRaw(base + articlePath);
  if (page.status !== 200) throw new Error(`${articlePath} answered ${page.status}`);
  writeFileSync(path.join(dir, "article.html"), page.body);
  const nginx = await startNginx(dir, base, page.encoding);
  try {
    const once = (p: string) => measure({ base: nginx.url, paths: [p], connections: opts.connections, durationSec: opts.roundSeconds, expectStatus: 200 });
    // Warm both (the JIT of the load generator, nginx's cache file).
    await once("/nginx-static-article");
    await once(articlePath);
    const statics: LoadResult[] = [];
    const cached: LoadResult[] = [];
    const staticEnd: LoadWindow[] = [];
    let cacheWindow: LoadWindow | undefined;
    for (let i = 0; i < opts.rounds; i++) {
      const s = opts.window();
      statics.push(await once("/nginx-static-article"));
      staticEnd.push(s());
      const c = opts.window();
      cached.push(await once(articlePath));
      cacheWindow = c();
    }
    const rps = (rs: LoadResult[]) => rs.map((r) => r.requests / opts.roundSeconds);
    return [
      { name: "nginx serving the same HTML as a file", path: articlePath, cached: { ...combined(statics, opts.roundSeconds), load: staticEnd.at(-1)! }, rounds: { page: rps(statics), static: rps(statics) } },
      { name: "article through the nginx cache", path: articlePath, cached: { ...combined(cached, opts.roundSeconds), load: cacheWindow! }, rounds: { page: rps(cached), static: rps(statics) } },
    ];
  } finally {
    await nginx.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runAlone(base: string, articlePath: string) {
  const rows = await nginxCacheRows(base, articlePath, { connections: 20, rounds: 5, roundSeconds: 2, window: () => loadWindow(() => [process.pid]) });
  const [file, cache] = rows;
  for (const r of rows) console.log(`${r.name.padEnd(40)} ${r.cached.requestsPerSec.toFixed(0).padStart(7)} req/s  p50 ${r.cached.p50} ms  p99 ${r.cached.p99} ms  errors ${r.cached.errors + r.cached.wrongStatus}`);
  console.log(`ratio: ${(cache.cached.requestsPerSec / file.cached.requestsPerSec).toFixed(2)}x of the static ceiling`);
}

if (process.argv[1]?.endsWith("nginx-cache.ts")) {
  const [base, articlePath] = process.argv.slice(2);
  runAlone(base, articlePath).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
