// After `NEXT_OUTPUT_STANDALONE=1 next build`: copies into .next/standalone what
// Next leaves out of it (public/ and .next/static, which nginx may also serve)
// and the server hooks with the packages they load, so the folder runs on its own:
//   cd .next/standalone && MALLOC_ARENA_MAX=2 NODE_OPTIONS="--require ./server-hooks.cjs --max-old-space-size=192 --max-semi-space-size=8" node server.js
import { cpSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { serverHooksFiles } from "@/app/_server/hooks-files";

const out = ".next/standalone";
if (!existsSync(`${out}/server.js`)) {
  console.error("No .next/standalone/server.js: run `npm run build:standalone`.");
  process.exit(1);
}
cpSync("public", `${out}/public`, { recursive: true });
cpSync(".next/static", `${out}/.next/static`, { recursive: true });
// The wire parser's worker thread (app/_lib/wire/off-thread/): Next does not trace it.
if (existsSync(".next/wire-parse-worker.cjs")) cpSync(".next/wire-parse-worker.cjs", `${out}/.next/wire-parse-worker.cjs`);
const hooks = serverHooksFiles();
for (const file of hooks.files) cpSync(`app/_server/${file}`, `${out}/${file}`);

// Next copies only the packages the app imports; the hooks load these too.
const copied = new Set<string>();
function copyPackage(name: string, from: string) {
  // Node's lookup: from the requiring package's own node_modules up to the root one.
  const places: string[] = [];
  for (let dir = from; ; ) {
    places.push(path.join(dir, "node_modules", name));
    const i = dir.lastIndexOf("node_modules");
    if (i < 0) break;
    dir = dir.slice(0, i).replace(/\/$/, "") || ".";
  }
  const pkg = places.find((p) => existsSync(p));
  if (!pkg) throw new Error(`standalone: package ${name} (needed by ${from}) is not installed`);
  if (copied.has(pkg)) return;
  copied.add(pkg);
  cpSync(pkg, path.join(out, pkg), { recursive: true });
  const { dependencies = {} } = JSON.parse(readFileSync(path.join(pkg, "package.json"), "utf8"));
  for (const dep of Object.keys(dependencies)) copyPackage(dep, pkg);
}
for (const name of hooks.packages) copyPackage(name, ".");
console.log(`Standalone server ready in ${out} (start: MALLOC_ARENA_MAX=2 NODE_OPTIONS="--require ./server-hooks.cjs --max-old-space-size=192 --max-semi-space-size=8" node server.js).`);
