// First step of `npm test`: are the programs the tests need from the system
// there (test-tools.ts)? Postgres needs nothing: its server comes from npm.
//   - under CI (CI=true) every missing program fails: the several-instance spec
//     must run, never silently skip;
//   - elsewhere a missing xmllint fails, a missing Chromium is left to the e2e setup
//     (it tries `npx playwright install chromium`), and a missing redis-server or
//     nginx skips e2e/production-cluster.spec.ts; each is named with its install command.
import { TEST_TOOLS, describeMissing, osFamily } from "./test-tools";

const family = osFamily();
const where = { debian: "Debian/Ubuntu", fedora: "Fedora", macos: "macOS", other: process.platform }[family];
const missing = TEST_TOOLS.filter((t) => !t.found());
const failing = missing.filter((t) => process.env.CI || t.need === "always");
const warned = missing.filter((t) => !failing.includes(t));

if (failing.length > 0) {
  console.error(
    `The tests need these programs, missing here (install commands for ${where}):\n${describeMissing(failing, family)}`,
  );
  if (process.env.CI) console.error("Under CI every one is required (.ci/run installs them on Debian).");
  process.exit(1);
}
if (warned.length > 0) {
  console.warn(`Missing (install commands for ${where}):\n${describeMissing(warned, family)}`);
  if (warned.some((t) => t.need === "cluster"))
    console.warn("Without them e2e/production-cluster.spec.ts is skipped (under CI it fails).");
} else {
  console.log("Test programs found: Chromium, xmllint, redis-server, nginx (Postgres comes from npm).");
}
