// `npm run test:standalone`: builds the standalone server as README's deployment
// section tells an operator to (`npm run build:standalone`), moves the folder
// away from the project, starts it as README says
// (`MALLOC_ARENA_MAX=2 NODE_OPTIONS="--require ./server-hooks.cjs --max-old-space-size=192 --max-semi-space-size=8" node server.js`) on a freshly
// seeded database, and checks what a reader and an operator would notice: it
// starts, serves the front page, a story, a feed, the stylesheet and the
// newsroom's login; the server hooks run (gzip, ETag and 304, reader pages
// without Next's runtime, request ids); SIGTERM stops it cleanly.
//
// The build runs in a scratch copy of the project (its tracked files, with
// node_modules and the generated Prisma clients hard-linked), so the project's
// own .next build, which the other tests use, stays as it is. The folder then
// runs from a directory with no node_modules above it: a file or package the
// build left out fails here as it would on a server.
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { freePort } from "./postgres-server";
import { prepareDatabase } from "./prepare-database";
import { DEFAULT_MALLOC_ARENA_MAX, heapNodeOption } from "./next-server";

const root = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), "portal-standalone-"));
const scratch = path.join(work, "project");
const server = path.join(work, "server");
let base = ""; // http://127.0.0.1:<a free port>, set when the server starts

function run(cmd: string, args: string[], opts: { cwd: string; env?: Record<string, string> }) {
  const result = spawnSync(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (exit ${result.status})`);
}

function copyProject() {
  const tracked = spawnSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" });
  if (tracked.status !== 0) throw new Error("git ls-files failed: the check copies the project's tracked files");
  for (const file of tracked.stdout.split("\0").filter(Boolean)) {
    if (!existsSync(path.join(root, file))) continue; // deleted, not yet committed
    mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(scratch, file));
  }
  // Hard links: seconds, no space (the build writes only into .next); a copy
  // where the temporary folder is on another file system.
  for (const dir of ["node_modules", "app/_generated"]) {
    const target = path.join(scratch, dir);
    if (spawnSync("cp", ["-al", dir, target], { cwd: root, stdio: "ignore" }).status === 0) continue;
    rmSync(target, { recursive: true, force: true });
    run("cp", ["-a", dir, target], { cwd: root });
  }
}

async function waitForHealth(child: ChildProcess, log: () => string) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the standalone server exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the standalone server did not answer /api/health within 60 s:\n${log()}`);
}

// The response as the client gets it (fetch would decompress it): status, headers, body text.
function get(pathname: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    http
      .get(base + pathname, { headers: { "accept-encoding": "gzip", ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString("utf8") });
        });
      })
      .on("error", reject);
  });
}

async function checkServer() {
  const front = await get("/");
  assert.equal(front.status, 200, "front page status");
  assert.equal(front.headers["content-encoding"], "gzip", "front page is gzipped by the server hooks");
  assert.match(
    String(front.headers["x-request-id"] ?? ""),
    /.{8,}/,
    "the server hooks give each response a request id",
  );
  assert.match(front.body, /<script id="reader-islands">/, "front page carries the reader script");
  assert.doesNotMatch(
    front.body,
    /self\.__next_f|src="\/_next\/static\//,
    "front page goes out without Next's runtime",
  );
  const etag = front.headers.etag;
  assert.ok(etag, "front page has an ETag");
  assert.equal((await get("/", { "if-none-match": etag })).status, 304, "front page answers its ETag with 304");

  const story = front.body.match(/href="(\/news\/[^"#?]+)"/)?.[1];
  assert.ok(story, "front page links to a story");
  const article = await get(story);
  assert.equal(article.status, 200, `${story} status`);
  assert.match(article.body, /<h1[^>]*>[^<]+<\/h1>/, `${story} has a headline`);
  assert.match(article.body, /Recent Stories/, `${story} has the Recent Stories rail`);

  const css = article.body.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
  assert.ok(css, "the article links its stylesheet");
  const style = await get(css);
  assert.equal(style.status, 200, `${css} status (static files copied into the folder)`);
  assert.match(style.body, /\.font-serif/, "the stylesheet is the portal's");

  const feed = await get("/feed.xml");
  assert.equal(feed.status, 200, "/feed.xml status");
  assert.match(feed.body, /<rss[\s\S]*<item>/, "/feed.xml is an RSS feed with items");

  const icon = await get("/icon.png");
  assert.equal(icon.status, 200, "/icon.png status");

  const login = await get("/admin/login");
  assert.equal(login.status, 200, "/admin/login status");
  assert.match(login.body, /src="\/_next\/static\/chunks\/[^"]+\.js"/, "the newsroom keeps Next's runtime");

  assert.equal((await get("/news/no-such-story")).status, 404, "an unknown story is a 404");
}

async function main() {
  try {
    console.log(`[standalone] copying the project to ${scratch} ...`);
    copyProject();
    console.log("[standalone] npm run build:standalone ...");
    run("npm", ["run", "build:standalone"], { cwd: scratch, env: { NEXT_TELEMETRY_DISABLED: "1" } });
    renameSync(path.join(scratch, ".next/standalone"), server);
    rmSync(scratch, { recursive: true, force: true });
    for (let dir = work; dir !== path.dirname(dir); dir = path.dirname(dir)) {
      assert.ok(!existsSync(path.join(dir, "node_modules")), `${dir}/node_modules would hide what the folder lacks`);
    }

    const databaseUrl = `file:${path.join(work, "portal.db")}`;
    process.env.MEDIA_DIR = path.join(work, "media");
    console.log("[standalone] seeding a fresh database ...");
    await prepareDatabase(databaseUrl, { reset: true });

    const port = String(await freePort());
    base = `http://127.0.0.1:${port}`;
    let log = "";
    const child = spawn(process.execPath, ["server.js"], {
      cwd: server,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        MALLOC_ARENA_MAX: DEFAULT_MALLOC_ARENA_MAX,
        NODE_OPTIONS: `--require ./server-hooks.cjs ${heapNodeOption({})}`,
        PORT: port,
        HOSTNAME: "127.0.0.1",
        SITE_URL: base,
        DATABASE_URL: databaseUrl,
        MEDIA_DIR: process.env.MEDIA_DIR,
        PORTAL_DEMO: "1",
        NEXT_TELEMETRY_DISABLED: "1",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (d: Buffer) => (log += d));
    child.stderr!.on("data", (d: Buffer) => (log += d));
    try {
      await waitForHealth(child, () => log);
      await checkServer();
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
        child.kill("SIGTERM");
        const code = await exited;
        assert.equal(code, 0, `the standalone server stops cleanly on SIGTERM (exit ${code}):\n${log}`);
      }
    }
    console.log("[standalone] the standalone server starts, serves readers and the newsroom, and stops cleanly.");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`[standalone] ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
