// Fails when an installed dependency has an install script (preinstall,
// install, postinstall) that package.json's `allowScripts` does not list.
// npm 11 runs unlisted scripts with a warning today and will refuse them later;
// a new dependency's script is reviewed, then added with
// `npm approve-scripts <name>`. Run by `npm test` (and so by `.ci/run`).
import { spawnSync } from "node:child_process";

const run = spawnSync("npm", ["approve-scripts", "--allow-scripts-pending", "--json"], { encoding: "utf8" });
if (run.status !== 0) {
  const message = `npm ${spawnSync("npm", ["-v"], { encoding: "utf8" }).stdout.trim()} cannot list unreviewed install scripts (npm approve-scripts needs npm 11.19 or later: npm install -g npm@11).`;
  // On a developer's older npm the check is skipped; CI must run it.
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`Skipped the install-script check: ${message}`);
  process.exit(0);
}
type Entry = { name: string; changes?: { key: string; change: string }[] };
const pending = (JSON.parse(run.stdout) as { allowScripts: Entry[] }).allowScripts.filter(
  (p) => !p.changes || p.changes.some((c) => c.change === "pending"),
);
if (pending.length > 0) {
  console.error(
    "These dependencies have install scripts not listed in package.json's allowScripts:\n" +
      pending.map((p) => `  ${p.changes?.map((c) => c.key).join(", ") ?? p.name}`).join("\n") +
      "\nReview each script, then run `npm approve-scripts <name>` (or `npm install-scripts deny <name>`).",
  );
  process.exit(1);
}
console.log("Every dependency's install script is listed in allowScripts.");
