// `npm start`: one command from a fresh clone to a running portal.
// Migrates (and on first run seeds) the database, builds when there is no
// build, then serves with `next start` on HOST:PORT.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/newsroom";
import { createPrismaClient } from "@/app/_lib/db-adapter";
import { parseEnv } from "@/app/_lib/env";
import { productionProblems, refusal } from "@/app/_lib/start-checks";
import { prepareDatabase } from "./prepare-database";
import { purgeRuntimeCache } from "./runtime-cache";
import { spawnNextServer } from "./next-server";

try {
  process.loadEnvFile?.(".env");
} catch {
  /* no .env: defaults apply */
}

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.DATABASE_URL ??= "file:./data/portal.db";
// `npm start` is the local demo unless the operator says otherwise.
process.env.PORTAL_DEMO ??= "1";
const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "127.0.0.1";

async function main() {
  console.log(`Preparing database (${process.env.DATABASE_URL!.replace(/\/\/[^@]*@/, "//***@")}) ...`);
  const seeded = await prepareDatabase(process.env.DATABASE_URL!);
  if (seeded) {
    console.log("Seeded the demo newsroom.");
    await purgeRuntimeCache();
  }

  // The server's own checks (instrumentation.ts) would only fail after it
  // listens; run them here first, so a refused start prints only the reasons.
  await refuseUnsafeProductionStart();

  if (!existsSync(".next/BUILD_ID")) {
    console.log("No production build found; building (about a minute) ...");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const server = spawnNextServer({ port, host, stdio: ["ignore", "pipe", "inherit"] });
  let announced = false;
  server.stdout!.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && chunk.toString().includes("Ready")) {
      announced = true;
      const shown = host === "0.0.0.0" || host === "127.0.0.1" ? "localhost" : host;
      console.log(`\n  ${"Meridian News portal"} is running: http://${shown}:${port}\n  Newsroom: http://${shown}:${port}/admin/login`);
      if (process.env.PORTAL_DEMO === "1") {
        console.log(`  Demo logins (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => `${u.email} (${u.role})`).join(", ")}\n`);
      }
    }
  });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

async function refuseUnsafeProductionStart() {
  // `next start` always runs with NODE_ENV=production.
  const config = parseEnv({ ...process.env, NODE_ENV: "production" });
  if (config.PORTAL_DEMO) return;
  const db = createPrismaClient(config.DATABASE_URL);
  const problems = await productionProblems(config, db).finally(() => db.$disconnect());
  if (problems.length) {
    console.error(refusal(problems));
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
