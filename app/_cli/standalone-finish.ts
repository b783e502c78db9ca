// After `NEXT_OUTPUT_STANDALONE=1 next build`: copies into .next/standalone what
// Next leaves out of it (public/ and .next/static, which nginx may also serve)
// and the server hooks, so the folder runs on its own:
//   cd .next/standalone && NODE_OPTIONS="--require ./server-hooks.cjs" node server.js
import { cpSync, existsSync } from "node:fs";

const out = ".next/standalone";
if (!existsSync(`${out}/server.js`)) {
  console.error("No .next/standalone/server.js: run `npm run build:standalone`.");
  process.exit(1);
}
cpSync("public", `${out}/public`, { recursive: true });
cpSync(".next/static", `${out}/.next/static`, { recursive: true });
cpSync("app/_cli/server-hooks.cjs", `${out}/server-hooks.cjs`);
console.log(`Standalone server ready in ${out} (start: NODE_OPTIONS="--require ./server-hooks.cjs" node server.js).`);
