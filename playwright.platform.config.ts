// `npm run test:platform`: the platform specs (e2e/*.platform.ts) against the app
// started as Vercel runs it (app/_cli/platform-server.ts), on Postgres and S3.
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

export default defineConfig({
  ...base,
  testMatch: /\.platform\.ts$/,
  projects: [{ name: "platform", use: base.projects![0].use }],
  use: { ...base.use, baseURL },
  webServer: { ...(base.webServer as object), command: "npx tsx app/_cli/platform-server.ts", url: `${baseURL}/api/health` },
});
