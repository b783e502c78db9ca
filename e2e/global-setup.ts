// Fails early, with a message saying what to do, when no browser is available.
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

export default async function globalSetup() {
  if (process.env.CHROMIUM_PATH || existsSync("/usr/bin/chromium")) return;
  if (existsSync(chromium.executablePath())) return;
  console.log("No Chromium found; trying `npx playwright install chromium` ...");
  const res = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  if (res.status !== 0 || !existsSync(chromium.executablePath())) {
    throw new Error(
      "No Chromium for the e2e tests. Install one (Debian: `apt-get install -y chromium`), " +
        "or set CHROMIUM_PATH to a Chromium binary, or run `npx playwright install chromium` where the network allows.",
    );
  }
}
