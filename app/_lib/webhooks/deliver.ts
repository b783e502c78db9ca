// Delivers pending webhook events in-process, off the request path: a sweep
// runs after a response is sent (next/server after()), on publish and on later
// requests, so retries need no cron. Each attempt first claims its row with a
// conditional update, so two requests (or two instances) never send it twice.
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { after } from "next/server";
import { env } from "../env";
import { BlockedAddressError, isBlockedAddress, outboundAllowPrivate, publicOnlyLookup } from "../outbound/address-policy";
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

const failure = (err: unknown): Outcome => ({
  ok: false,
  status: null,
  error: err instanceof Error ? `${err.name === "Error" ? "" : `${err.name}: `}${err.message}`.slice(0, 500) : "request failed",
});

/**
 * One POST with node:http(s) rather than fetch: its `lookup` hook lets every
 * connection go only to an address checked at that moment (address-policy.ts).
 */
function post(url: string, secret: string, deliveryId: number, event: string, body: string, now: Date): Promise<Outcome> {
  const timestamp = Math.floor(now.getTime() / 1000);
  const allowPrivate = outboundAllowPrivate(env);
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch (err) {
      return resolve(failure(err));
    }
    // A literal IP never goes through lookup: check it here.
    const host = target.hostname.replace(/^\[|\]$/g, "");
    if (!allowPrivate && net.isIP(host) && isBlockedAddress(host)) {
      return resolve(failure(new BlockedAddressError(`refused: ${host} is a private or local address`)));
    }
    const request = (target.protocol === "https:" ? https : http).request(target, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "Content-Length": Buffer.byteLength(body),
        "User-Agent": "Meridian-Webhooks/1",
        [EVENT_HEADER]: event,
        [DELIVERY_HEADER]: String(deliveryId),
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signPayload(secret, timestamp, body),
      },
      ...(allowPrivate ? {} : { lookup: publicOnlyLookup }),
    });
    // Redirects are not followed (they could lead anywhere): a 3xx is a failed attempt.
    const timer = setTimeout(() => request.destroy(Object.assign(new Error(`no answer within ${TIMEOUT_MS / 1000} s`), { name: "TimeoutError" })), TIMEOUT_MS);
    request.on("response", (res) => {
      clearTimeout(timer);
      res.resume();
      const status = res.statusCode ?? 0;
      const ok = status >= 200 && status < 300;
      resolve({ ok, status, error: ok ? "" : `HTTP ${status}` });
    });
    request.on("error", (err) => {
      clearTimeout(timer);
      resolve(failure(err));
    });
    request.end(body);
  });
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
 * Sends what is due until nothing new arrived meanwhile. One sweep per
 * process at a time: a call during a sweep makes it go round once more.
 */
export async function sweepDeliveries(): Promise<void> {
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
}

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
    after(sweepDeliveries);
  } catch {
    /* not in a request scope */
  }
}
