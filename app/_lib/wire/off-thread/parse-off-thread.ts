// Parses wire documents in a worker thread, so a 10,000-item feed does not
// hold the server's event loop (readers' cached pages wait behind it
// otherwise: p99 near a second during a big ingest). The worker is the file
// build-worker.cjs writes beside Next's build; it starts on the first poll
// that fetches a document and exits after a minute without work, giving its
// memory back. Where there is no such file (tests, `next dev`, the CLI, a
// deployment that did not ship it) or the worker fails, the document is parsed
// here instead: slower for readers during the parse, the same result.
import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { logger } from "../../log";
import { parseWire } from "../parse";
import { WireParseError, type ParsedWire, type WireFormat } from "../types";
import type { ParseJob, ParseReply } from "./protocol";

const IDLE_MS = 60_000;
/** The worker's heap bound, like the server's own (MAX_HEAP_MB, 256 by default): see app/_server/README.md, "Memory". */
const WORKER_HEAP_MB = 256;
type Pending = { resolve: (p: ParsedWire) => void; reject: (e: Error) => void };

/** Thrown when the worker itself failed (not the document): the caller parses in-thread. */
class WorkerFailed extends Error {}

export function createWireParser(workerFile: string | null) {
  let worker: Worker | null = null;
  let idle: NodeJS.Timeout | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (why: string) => {
    for (const p of pending.values()) p.reject(new WorkerFailed(why));
    pending.clear();
    worker = null;
  };

  function start(file: string): Worker {
    const w = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    w.unref();
    w.on("message", (reply: ParseReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.parsed);
      else p.reject(reply.name === "WireParseError" ? new WireParseError(reply.message) : new Error(reply.message));
      if (pending.size === 0) idle = setTimeout(() => void close(), IDLE_MS).unref();
    });
    w.on("error", (err: NodeJS.ErrnoException) => {
      // A document too big for the worker's heap would not fit the server's either: refuse it, do not retry here.
      if (err.code === "ERR_WORKER_OUT_OF_MEMORY") {
        for (const p of pending.values())
          p.reject(new WireParseError(`The document needs more than ${WORKER_HEAP_MB} MB of memory to parse`));
        pending.clear();
        worker = null;
      } else failAll(err.message);
    });
    w.on("exit", (code) => {
      if (worker === w) failAll(`the parser thread exited (code ${code})`);
    });
    return w;
  }

  function inWorker(file: string, job: Omit<ParseJob, "id">): Promise<ParsedWire> {
    if (idle) clearTimeout(idle);
    idle = null;
    worker ??= start(file);
    const id = nextId++;
    return new Promise<ParsedWire>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker!.postMessage({ ...job, id } satisfies ParseJob);
    });
  }

  async function parse(format: WireFormat, text: string, defaults: { language: string }): Promise<ParsedWire> {
    if (workerFile) {
      try {
        return await inWorker(workerFile, { format, text, defaults });
      } catch (err) {
        if (!(err instanceof WorkerFailed)) throw err;
        logger.warn({ reason: err.message }, "wire parser thread failed; parsing on the server thread");
      }
    }
    return parseWire(format, text, defaults);
  }

  async function close(): Promise<void> {
    const w = worker;
    worker = null;
    if (w) await w.terminate();
  }

  return {
    parse,
    close,
    get threaded() {
      return workerFile !== null;
    },
  };
}

/** The production server's worker file (next start and the standalone server run from the project or standalone folder). */
function builtWorkerFile(): string | null {
  if (process.env.NODE_ENV !== "production") return null;
  const file = path.join(process.cwd(), ".next", "wire-parse-worker.cjs");
  return existsSync(file) ? file : null;
}

let shared: ReturnType<typeof createWireParser> | null = null;

/** parseWire, off the event loop where the build shipped the worker. */
export function parseWireOffThread(
  format: WireFormat,
  text: string,
  defaults: { language: string },
): Promise<ParsedWire> {
  shared ??= createWireParser(builtWorkerFile());
  return shared.parse(format, text, defaults);
}
