// The SQL statements the e2e server sends, from its query log (QUERY_LOG, set
// by app/_cli/e2e-server.ts): lets a spec check that a cached answer costs no
// database query, the way a reader under a traffic spike needs it to.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const file = path.resolve(`data/e2e/queries-${process.env.E2E_PORT}.log`);
const size = () => (existsSync(file) ? statSync(file).size : 0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the server has sent no query for half a second, so work an
 * earlier request left running after its response (after(), background
 * re-renders) is not counted; returns the log's length then.
 */
async function quiet(): Promise<number> {
  let last = size();
  for (let i = 0; i < 60; i++) {
    await sleep(500);
    const now = size();
    if (now === last) return now;
    last = now;
  }
  throw new Error(`the e2e server kept querying the database for 30 s (${file})`);
}

/** Every SQL statement the server sent because of `action`, including work it did after responding. */
export async function queriesDuring(action: () => Promise<void>): Promise<string[]> {
  if (!existsSync(file)) throw new Error(`no query log at ${file}: is the server started by app/_cli/e2e-server.ts?`);
  const start = await quiet();
  await action();
  const end = await quiet();
  return readFileSync(file).subarray(start, end).toString().split("\n").filter(Boolean);
}
