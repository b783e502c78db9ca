// The wire parser's worker thread: parses and normalises one document per
// message, off the server's event loop (parse-off-thread.ts). Bundled on its
// own by build-worker.cjs after `next build`, because Next bundles the server
// and leaves no file a worker could load.
import { parentPort } from "node:worker_threads";
import { parseWire } from "../parse";
import type { ParseJob, ParseReply } from "./protocol";

parentPort?.on("message", (job: ParseJob) => {
  let reply: ParseReply;
  try {
    reply = { id: job.id, ok: true, parsed: parseWire(job.format, job.text, job.defaults) };
  } catch (err) {
    const e = err as Error;
    reply = { id: job.id, ok: false, name: e?.name ?? "Error", message: e?.message ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
