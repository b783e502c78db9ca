// Delivers pending webhook events in-process, off the request path: a sweep
// runs after a response is sent (next/server after()), on publish and on later
// requests, so retries need no cron. Each attempt first claims its row with a
// conditional update, so two requests (or two instances) never send it twice.
import { after } from "next/server";
import { db } from "../db";
import { DELIVERY_HEADER, EVENT_HEADER, signPayload, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./sign";

export const MAX_ATTEMPTS = 8;
export const RETRY_BASE_MS = 30_000;
const RETRY_MAX_MS = 6 * 3_600_000;
const LEASE_MS = 2 * 60_000;
const TIMEOUT_MS = 10_000;
const SWEEP_BATCH = 20;

/** Wait before attempt n+1 after n failed attempts: 30 s, 1 min, 2 min, ... at most 6 h. */
export const retryDelayMs = (failedAttempts: number) => Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (failedAttempts - 1));

type Outcome = { ok: boolean; status: number | null; error: string };

async function post(url: string, secret: string, deliveryId: number, event: string, body: string, now: Date): Promise<Outcome> {
  const timestamp = Math.floor(now.getTime() / 1000);
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Meridian-Webhooks/1",
        [EVENT_HEADER]: event,
        [DELIVERY_HEADER]: String(deliveryId),
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signPayload(secret, timestamp, body),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel();
    const ok = res.status >= 200 && res.status < 300;
    return { ok, status: res.status, error: ok ? "" : `HTTP ${res.status}` };
  } catch (err) {
    return { ok: false, status: null, error: err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 500) : "request failed" };
  }
}

/** Sends every delivery due at `now`; returns how many were attempted. */
export async function processDueDeliveries(now = new Date()): Promise<number> {
  const due = await db.webhookDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: SWEEP_BATCH,
    select: { id: true, event: true, payload: true, attempts: true, nextAttemptAt: true, webhook: { select: { url: true, secret: true, active: true } } },
  });
  let attempted = 0;
  for (const d of due) {
    const claimed = await db.webhookDelivery.updateMany({
      where: { id: d.id, status: "pending", attempts: d.attempts, nextAttemptAt: d.nextAttemptAt },
      data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
    });
    if (claimed.count === 0) continue;
    if (!d.webhook.active) {
      await db.webhookDelivery.update({ where: { id: d.id }, data: { status: "failed", lastError: "webhook disabled" } });
      continue;
    }
    attempted++;
    const outcome = await post(d.webhook.url, d.webhook.secret, d.id, d.event, d.payload, now);
    const attempts = d.attempts + 1;
    await db.webhookDelivery.update({
      where: { id: d.id },
      data: outcome.ok
        ? { status: "delivered", attempts, responseStatus: outcome.status, lastError: "", deliveredAt: new Date() }
        : {
            status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
            attempts,
            responseStatus: outcome.status,
            lastError: outcome.error,
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
          },
    });
  }
  return attempted;
}

let lastSweep = 0;
let sweeping = false;
let again = false;

/**
 * Runs a sweep after the current response (at most every few seconds per
 * process, unless forced by a new event). Outside a request (scripts, tests)
 * it does nothing: the next request picks the deliveries up.
 */
export function scheduleDeliveries(opts: { force?: boolean } = {}): void {
  const nowMs = Date.now();
  if (!opts.force && (sweeping || nowMs - lastSweep < 5_000)) return;
  lastSweep = nowMs;
  try {
    after(async () => {
      // A sweep is running: it goes round once more to pick up the new rows.
      if (sweeping) {
        again = true;
        return;
      }
      sweeping = true;
      try {
        do {
          again = false;
          await processDueDeliveries();
        } while (again);
      } catch (err) {
        console.error("webhook delivery sweep failed", err);
      } finally {
        sweeping = false;
      }
    });
  } catch {
    /* not in a request scope */
  }
}
