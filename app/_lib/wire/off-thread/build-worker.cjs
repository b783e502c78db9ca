// @ts-check
// Bundles the wire parser's worker thread (worker-entry.ts and everything it
// imports: feed parsers, sanitize-html, TipTap, happy-dom) into one file beside
// Next's build output, <distDir>/wire-parse-worker.cjs. next.config.js runs it
// after every production compile (Next's documented
// compiler.runAfterProductionCompile hook), so `npm run build`, `npm start`'s
// first build and the standalone build make it (standalone-finish.ts copies it
// into the standalone folder). On Vercel the file is not traced into the
// functions, so the cron route parses on its own thread: there it shares its
// event loop with no reader.
// If it is missing or fails to start, the server parses on its own thread
// (parse-off-thread.ts): slower for readers during a big ingest, never wrong.
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("node:path");

const WORKER_FILE = "wire-parse-worker.cjs";

/** @param {{ projectDir: string, distDir: string }} dirs */
async function buildWireWorker({ projectDir, distDir }) {
  const esbuild = require("esbuild");
  await esbuild.build({
    entryPoints: [path.join(__dirname, "worker-entry.ts")],
    outfile: path.join(distDir, WORKER_FILE),
    bundle: true,
    platform: "node",
    target: "node22",
    format: "cjs",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    absWorkingDir: projectDir,
    tsconfig: path.join(projectDir, "tsconfig.json"),
  });
}

module.exports = { buildWireWorker, WORKER_FILE };
