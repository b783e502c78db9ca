// Brute-force protection for the login: at most 5 failures per account and per
// IP address in 15 minutes. Counted in the database, so it holds across server
// instances and restarts.
import { db } from "../db";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip || "unknown"}`;

/** Seconds until another try is allowed for any of these keys, or 0 when allowed now. */
export async function retryAfterSeconds(keys: string[], now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS);
  let wait = 0;
  for (const key of keys) {
    const failures = await db.loginAttempt.findMany({
      where: { key, succeeded: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: MAX_FAILURES,
      select: { createdAt: true },
    });
    if (failures.length < MAX_FAILURES) continue;
    // Blocked until the oldest of the last five failures leaves the window.
    const oldest = failures[failures.length - 1].createdAt.getTime();
    wait = Math.max(wait, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000));
  }
  return wait;
}

export async function recordAttempt(keys: string[], succeeded: boolean, now = new Date()): Promise<void> {
  await db.loginAttempt.createMany({ data: keys.map((key) => ({ key, succeeded, createdAt: now })) });
  // Old rows are never needed again; keep the table small.
  if (Math.random() < 0.05) await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 3600 * 1000) } } });
}
