// next.config.js picks the cache handler from the environment the server starts in.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";

function configIn(env: Record<string, string>) {
  const run = spawnSync(
    process.execPath,
    ["-e", 'const c = require("./next.config.js"); console.log(JSON.stringify({ handler: c.cacheHandler ?? null, max: c.cacheMaxMemorySize ?? null }))'],
    { env: { PATH: process.env.PATH ?? "", ...env } as unknown as NodeJS.ProcessEnv, encoding: "utf8" },
  );
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { handler: string | null; max: number | null };
}

describe("next.config.js cache handler", () => {
  it("is the file handler on one server, the Redis one with REDIS_URL", () => {
    expect(configIn({}).handler).toMatch(/app\/_server\/cache\/file-cache-handler\.cjs$/);
    const redis = configIn({ REDIS_URL: "redis://127.0.0.1:6379" });
    expect(redis.handler).toMatch(/app\/_server\/cache\/redis-cache-handler\.cjs$/);
    expect(redis.max).toBe(0);
  });

  it("is Next's own on Vercel, whatever else is set", () => {
    expect(configIn({ VERCEL: "1" })).toEqual({ handler: null, max: null });
    expect(configIn({ VERCEL: "1", REDIS_URL: "redis://127.0.0.1:6379" })).toEqual({ handler: null, max: null });
  });
});
