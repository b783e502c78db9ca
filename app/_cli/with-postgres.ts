// `npm run test:pg`: the test suites again, on Postgres. Starts a throwaway
// Postgres server (postgres-server.ts), deploys the derived migrations, then runs
//   vitest run          with TEST_POSTGRES_URL / TEST_POSTGRES_TEMPLATE (integration
//                       tests clone the migrated template database per file)
//   playwright test     with E2E_DATABASE_URL (the e2e server migrates and seeds it)
// and always stops the server and removes its files, also on failure or Ctrl-C.
//   tsx app/_cli/with-postgres.ts                 both suites
//   tsx app/_cli/with-postgres.ts -- <command...> any command, with DATABASE_URL set
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deployPostgresMigrations } from "./postgres-migrate";
import { startPostgres, type PostgresServer } from "./postgres-server";

let server: PostgresServer | null = null;
let child: ReturnType<typeof spawn> | null = null;

function cleanup() {
  server?.destroy();
  server = null;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    child?.kill(signal);
    cleanup();
    process.exit(130);
  });
}
process.on("exit", cleanup);

function run(cmd: string, args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    console.log(`\n[test:pg] ${cmd} ${args.join(" ")}`);
    child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code, signal) => {
      child = null;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function main(): Promise<number> {
  const dash = process.argv.indexOf("--");
  const custom = dash >= 0 ? process.argv.slice(dash + 1) : [];
  server = await startPostgres();
  console.log(`[test:pg] Postgres on 127.0.0.1:${server.port} (${server.dataDir})`);
  await server.createDatabase("portal_template");
  await deployPostgresMigrations(server.url("portal_template"), undefined, () => {});
  await server.createDatabase("portal_e2e");
  await server.createDatabase("portal");
  const env: Record<string, string> = {
    TEST_POSTGRES_URL: server.url("postgres"),
    TEST_POSTGRES_TEMPLATE: "portal_template",
    TEST_POSTGRES_DATADIR: server.pgdata,
    E2E_DATABASE_URL: server.url("portal_e2e"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (custom.length) {
    await deployPostgresMigrations(server.url("portal"), undefined, () => {});
    return run(custom[0], custom.slice(1), { ...env, DATABASE_URL: server.url("portal") });
  }
  const reportDir = mkdtempSync(path.join(tmpdir(), "test-pg-"));
  const report = path.join(reportDir, "vitest.json");
  const unit = await run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${report}`], env);
  const e2e = await run("npx", ["playwright", "test"], env);
  if (unit) recapUnitFailures(report);
  rmSync(reportDir, { recursive: true, force: true });
  if (unit || e2e) console.error(`[test:pg] failed: ${unit ? "vitest " : ""}${e2e ? "playwright" : ""}`);
  return unit || e2e;
}

// The Playwright run prints minutes of output after Vitest's own summary; repeat
// which unit tests failed, and why, where a CI log's tail shows it.
function recapUnitFailures(report: string) {
  type Result = { fullName: string; status: string; failureMessages: string[] };
  type File = { name: string; status: string; message?: string; assertionResults: Result[] };
  let files: File[];
  try {
    files = (JSON.parse(readFileSync(report, "utf8")) as { testResults: File[] }).testResults;
  } catch {
    console.error("[test:pg] vitest failed before writing its report; see its output above");
    return;
  }
  for (const file of files.filter((f) => f.status === "failed")) {
    const where = path.relative(process.cwd(), file.name);
    const failed = file.assertionResults.filter((r) => r.status === "failed");
    if (!failed.length) console.error(`[test:pg] vitest ${where}: ${file.message ?? "failed"}`);
    for (const r of failed) {
      console.error(`[test:pg] vitest ${where} › ${r.fullName}\n${r.failureMessages.join("\n").slice(0, 2000)}`);
    }
  }
}

main()
  .then((code) => {
    cleanup();
    process.exit(code);
  })
  .catch((err) => {
    console.error(err);
    cleanup();
    process.exit(1);
  });
