// The server Playwright starts: a fresh, freshly seeded SQLite database (or the
// DATABASE_URL given) and the production build, on E2E_PORT.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./prepare-database";
import { purgeRuntimeCache } from "./runtime-cache";
import { spawnNextServer } from "./next-server";

const port = process.env.E2E_PORT ?? "3100";
const databaseUrl = process.env.E2E_DATABASE_URL ?? `file:./data/e2e/portal-${port}.db`;

async function main() {
  if (!existsSync(".next/BUILD_ID")) {
    throw new Error("No production build: run `npm run build` first (npm test does).");
  }
  if (databaseUrl.startsWith("file:")) rmSync(databaseUrl.slice(5), { force: true });
  // Every SQL statement the server sends, one per line (e2e/query-log.ts reads it).
  const queryLog = `./data/e2e/queries-${port}.log`;
  mkdirSync(path.dirname(queryLog), { recursive: true });
  rmSync(queryLog, { force: true });
  process.env.MEDIA_DIR ??= "./data/e2e/media";
  await prepareDatabase(databaseUrl, { reset: true });
  await purgeRuntimeCache();
  const server = spawnNextServer({
    port,
    host: "127.0.0.1",
    // The fresh database must never meet pages cached in a shared Redis from an old one:
    // the e2e server keeps its own file cache (purged above) even when REDIS_URL is set.
    // WEBHOOK_ALLOW_PRIVATE: the webhook specs receive on 127.0.0.1 (refused in real use).
    // WIRE_POLL=0: the specs poll sources themselves; a background poll every minute would
    // take their items first and write queries into the log the cache specs read.
    env: { DATABASE_URL: databaseUrl, PORTAL_DEMO: "1", NEXT_TELEMETRY_DISABLED: "1", REDIS_URL: "", WEBHOOK_ALLOW_PRIVATE: "1", QUERY_LOG: queryLog, WIRE_POLL: "0" },
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
