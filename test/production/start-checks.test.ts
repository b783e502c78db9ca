// A production start that must be refused says so before anything claims the
// portal is running, and exits non-zero with the reasons and what to set
// (`npm run start:prod`, app/_cli/start.ts). The configuration rules
// (app/_lib/start-checks.ts, app/_lib/env.ts) are checked directly.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/app/_lib/env";
import { configProblems, productionProblems } from "@/app/_lib/start-checks";

const root = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(tmpdir(), "start-checks-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const noUsers = { user: { findMany: async () => [] } };
const secret = "x".repeat(40);

describe("production start", () => {
  it("npm run start:prod with demo passwords, no secret and no SITE_URL exits 1 before building or saying it runs", () => {
    const env: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (v !== undefined && !["SITE_URL", "SESSION_SECRET", "NODE_ENV", "WEBHOOK_ALLOW_PRIVATE", "OUTBOUND_ALLOW_PRIVATE"].includes(k)) env[k] = v;
    }
    const run = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["app/_cli/start.ts"], {
      cwd: root,
      encoding: "utf8",
      timeout: 90_000,
      env: { ...env, PORTAL_DEMO: "0", PORT: "3187", DATABASE_URL: `file:${path.join(work, "portal.db")}` } as unknown as NodeJS.ProcessEnv,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/running|Newsroom:|Demo logins|building/i);
    expect(run.stderr).toContain("Refusing to start in production:");
    expect(run.stderr).toContain("SESSION_SECRET is missing");
    expect(run.stderr).toContain("SITE_URL is not set");
    expect(run.stderr).toContain("still have the demo password: admin@meridian.local");
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/); // the reasons, not a stack trace
  }, 120_000);

  it("refuses the private-address switch for outbound calls under either name", async () => {
    for (const name of ["OUTBOUND_ALLOW_PRIVATE", "WEBHOOK_ALLOW_PRIVATE"]) {
      const e = parseEnv({ NODE_ENV: "production", SESSION_SECRET: secret, SITE_URL: "https://news.example.com", [name]: "1" });
      expect(await productionProblems(e, noUsers)).toEqual([expect.stringContaining(`${name}=1 lets webhooks and wire feeds reach private`)]);
    }
  });

  it("a configured production start has nothing to refuse", async () => {
    const e = parseEnv({ NODE_ENV: "production", SESSION_SECRET: secret, SITE_URL: "https://news.example.com" });
    expect(await productionProblems(e, noUsers)).toEqual([]);
  });

  it("production without SITE_URL is refused, like a missing session secret", () => {
    const problems = configProblems(parseEnv({ NODE_ENV: "production", SESSION_SECRET: secret, SITE_URL: "" }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^SITE_URL is not set: set it to/);
  });

  it("demo mode is never refused", async () => {
    const e = parseEnv({ NODE_ENV: "production", PORTAL_DEMO: "1" });
    expect(await productionProblems(e, { user: { findMany: async () => [{ email: "admin@meridian.local" }] } })).toEqual([]);
  });
});

describe("default SITE_URL", () => {
  it("is the address npm start serves: HOST and PORT", () => {
    expect(parseEnv({}).SITE_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "3100" }).SITE_URL).toBe("http://localhost:3100");
    expect(parseEnv({ PORT: "3100", HOST: "0.0.0.0" }).SITE_URL).toBe("http://localhost:3100");
    expect(parseEnv({ PORT: "8080", HOST: "news.lan" }).SITE_URL).toBe("http://news.lan:8080");
  });

  it("an explicit SITE_URL wins", () => {
    const e = parseEnv({ PORT: "3100", SITE_URL: "https://news.example.com" });
    expect(e.SITE_URL).toBe("https://news.example.com");
    expect(e.SITE_URL_SET).toBe(true);
  });

  it("a bad PORT is named", () => {
    expect(() => parseEnv({ PORT: "web" })).toThrow(/PORT: must be a port number/);
  });
});
