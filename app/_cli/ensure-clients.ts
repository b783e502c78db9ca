// Generates the Postgres Prisma client when it is missing (a worktree installed
// before prisma/postgres existed), so typecheck/build/tests do not fail on a
// missing module. `npm install` generates both clients anyway.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("app/_generated/prisma-pg/client.ts") && existsSync("prisma/postgres/schema.prisma")) {
  console.log("Generating the Postgres Prisma client (app/_generated/prisma-pg) ...");
  const res = spawnSync("npx", ["prisma", "generate", "--schema", "prisma/postgres/schema.prisma"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: "postgresql://generate@localhost/generate" },
  });
  process.exit(res.status ?? 1);
}
