// On a long-lived Node server (not Vercel, where the cron route does it) each
// instance looks for due wire sources every minute. Each poll claims its
// source's lease first (poll.ts), so with several instances exactly one polls a
// given source at a time. The timer never keeps the process alive (unref) and
// a failing round is logged, never thrown.
import { env } from "../env";
import { logger } from "../log";
import { pollDueSources } from "./poll";

const EVERY_MS = 60_000;
let started = false;

export function startWirePolling(): void {
  if (started || process.env.VERCEL || env.WIRE_POLL === "0") return;
  started = true;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      for (const { id, outcome } of await pollDueSources()) {
        if (!outcome.ok && !("busy" in outcome)) logger.warn({ sourceId: id, error: outcome.error }, "wire poll failed");
      }
    } catch (err) {
      logger.warn({ err }, "wire poll round failed");
    } finally {
      running = false;
    }
  };
  setInterval(() => void tick(), EVERY_MS).unref();
}
