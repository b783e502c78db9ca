// The server of `npm run test:platform`: the app run the way Vercel runs it, as
// far as this machine allows. The normal build, started with plain `next start`
// (no server hooks, no NODE_OPTIONS --require), VERCEL=1 (next.config.js then
// configures no custom cache handler), the Postgres database of with-postgres.ts
// and media in an S3 bucket (s3rver). The seed writes its images to a local
// folder; they are copied into the bucket, the only place the server looks.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { prepareDatabase } from "./prepare-database";
import { purgeRuntimeCache } from "./runtime-cache";
import { startS3Server } from "./s3-server";
import { copyFolderToStore } from "./backup/media-files";
import { s3MediaStore } from "@/app/_lib/media/s3-media-store";

const port = process.env.E2E_PORT ?? "3200";
const databaseUrl = process.env.E2E_DATABASE_URL;

async function main() {
  if (!databaseUrl?.startsWith("postgres")) throw new Error("Run under `npm run test:platform` (it sets E2E_DATABASE_URL to a throwaway Postgres).");
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first (npm test does).");
  const s3 = await startS3Server();
  const seedMedia = mkdtempSync(path.join(tmpdir(), "platform-seed-media-"));
  process.env.MEDIA_DIR = seedMedia;
  await prepareDatabase(databaseUrl, { reset: true });
  const e = s3.env;
  await copyFolderToStore(seedMedia, s3MediaStore({ bucket: e.S3_BUCKET, region: e.S3_REGION, endpoint: e.S3_ENDPOINT, accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY, forcePathStyle: true }));
  rmSync(seedMedia, { recursive: true, force: true });
  await purgeRuntimeCache();
  // No --require of the server hooks, whatever the caller's NODE_OPTIONS say.
  const inherited = { ...process.env };
  delete inherited.NODE_OPTIONS;
  const server = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", port, "-H", "127.0.0.1"], {
    stdio: "inherit",
    env: { ...inherited, ...s3.env, VERCEL: "1", DATABASE_URL: databaseUrl, PORTAL_DEMO: "1", NEXT_TELEMETRY_DISABLED: "1", REDIS_URL: "", MEDIA_DIR: "/nonexistent-media-dir" },
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", async (code) => {
    await s3.stop();
    process.exit(code ?? 0);
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
