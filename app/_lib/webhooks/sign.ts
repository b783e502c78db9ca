// Webhook signatures. Receivers recompute
//   HMAC-SHA256(secret, `${X-Meridian-Timestamp}.${raw body}`)
// and compare it with X-Meridian-Signature ("sha256=<hex>"); the timestamp in
// the signed text lets them refuse replays of old deliveries.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "X-Meridian-Signature";
export const TIMESTAMP_HEADER = "X-Meridian-Timestamp";
export const EVENT_HEADER = "X-Meridian-Event";
export const DELIVERY_HEADER = "X-Meridian-Delivery";

export function signPayload(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** What a receiver does (used by the tests, and documented for integrators). */
export function verifySignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signPayload(secret, Number(timestamp), body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
