// Brute-force protection for the login, counted in the database so it holds
// across server instances and restarts. Three limits (like Drupal's flood
// control, which keys its user limit on user + address, and Ghost's, which
// adds a global one):
//  - one account from one client: 5 failures in 15 minutes, then blocked
//    until the window passes. This is the limit a guesser meets.
//  - one client across accounts: 30 failures in 15 minutes (password spraying
//    from one address; loose enough for a newsroom behind one office NAT).
//  - one account from everywhere: from 20 failures in 15 minutes the account
//    takes one attempt per 30 seconds. It slows a guesser with many addresses
//    to ~30 tries per window instead of blocking, so nobody can lock an owner
//    out of their account by failing on purpose: the owner gets in on a retry.
import { db } from "../db";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const CLIENT_MAX_FAILURES = 30;
export const ACCOUNT_SLOW_AFTER = 20;
export const ACCOUNT_SLOW_INTERVAL_MS = 30 * 1000;

const account = (email: string) => email.trim().toLowerCase();
export const emailKey = (email: string) => `email:${account(email)}`;
export const ipKey = (ip: string) => `ip:${ip || "unknown"}`;
export const emailIpKey = (email: string, ip: string) => `email-ip:${account(email)}|${ip || "unknown"}`;

export type LoginKeys = { pair: string; client: string; account: string };

export function loginKeys(email: string, ip: string): LoginKeys {
  return { pair: emailIpKey(email, ip), client: ipKey(ip), account: emailKey(email) };
}

async function recentFailures(key: string, since: Date, take: number): Promise<Date[]> {
  const rows = await db.loginAttempt.findMany({
    where: { key, succeeded: false, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take,
    select: { createdAt: true },
  });
  return rows.map((r) => r.createdAt);
}

/** Blocked until the oldest of the last `max` failures leaves the window; 0 when under the limit. */
async function blockedFor(key: string, max: number, now: Date): Promise<number> {
  const failures = await recentFailures(key, new Date(now.getTime() - WINDOW_MS), max);
  if (failures.length < max) return 0;
  return Math.ceil((failures[failures.length - 1].getTime() + WINDOW_MS - now.getTime()) / 1000);
}

/** Past ACCOUNT_SLOW_AFTER failures: the seconds until ACCOUNT_SLOW_INTERVAL_MS after the latest one. */
async function slowedFor(key: string, now: Date): Promise<number> {
  const failures = await recentFailures(key, new Date(now.getTime() - WINDOW_MS), ACCOUNT_SLOW_AFTER);
  if (failures.length < ACCOUNT_SLOW_AFTER) return 0;
  return Math.max(0, Math.ceil((failures[0].getTime() + ACCOUNT_SLOW_INTERVAL_MS - now.getTime()) / 1000));
}

/** Seconds until another try is allowed, or 0 when allowed now. */
export async function retryAfterSeconds(keys: LoginKeys, now = new Date()): Promise<number> {
  const waits = await Promise.all([
    blockedFor(keys.pair, MAX_FAILURES, now),
    blockedFor(keys.client, CLIENT_MAX_FAILURES, now),
    slowedFor(keys.account, now),
  ]);
  return Math.max(...waits);
}

export async function recordAttempt(keys: LoginKeys, succeeded: boolean, now = new Date()): Promise<void> {
  const all = [keys.pair, keys.client, keys.account];
  await db.loginAttempt.createMany({ data: all.map((key) => ({ key, succeeded, createdAt: now })) });
  // Old rows are never needed again; keep the table small.
  if (Math.random() < 0.05) await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 3600 * 1000) } } });
}
