import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Route handlers and queries import "server-only"; under Vitest they run on the server anyway.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["app/**/*.test.ts", "prisma/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    // The webhook tests deliver to a receiver on 127.0.0.1 (refused in real use).
    env: { WEBHOOK_ALLOW_PRIVATE: "1" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests share one SQLite file per worker; keep them in one process.
    fileParallelism: false,
  },
});
