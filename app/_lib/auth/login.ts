// The login flow: rate limit, verify password, start a fresh session.
// Unknown emails get exactly the answer a wrong password gets (no enumeration).
import { db } from "../db";
import { hashPassword, verifyPassword } from "./password";
import { loginKeys, recordAttempt, retryAfterSeconds } from "./rate-limit";
import { createSession, type NewSession } from "./session";
import { writeAudit } from "../mutations/audit";

export type LoginResult =
  | { ok: true; session: NewSession; userId: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfter: number };

// Verified against when the email is unknown, so both paths cost one scrypt.
let dummyHash: Promise<string> | null = null;

export async function login(email: string, password: string, meta: { ip: string; userAgent: string }): Promise<LoginResult> {
  const keys = loginKeys(email, meta.ip);
  const wait = await retryAfterSeconds(keys);
  if (wait > 0) return { ok: false, reason: "rate_limited", retryAfter: wait };

  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, passwordHash: true, disabled: true, email: true, name: true },
  });
  dummyHash ??= hashPassword("not-a-real-password");
  const valid = user ? await verifyPassword(password, user.passwordHash) : (await verifyPassword(password, await dummyHash), false);
  if (!user || !valid || user.disabled) {
    await recordAttempt(keys, false);
    return { ok: false, reason: "invalid" };
  }
  await recordAttempt(keys, true);
  const session = await createSession(user.id, meta);
  await writeAudit({ userId: user.id, label: user.email, ip: meta.ip }, "login", "user", user.id);
  return { ok: true, session, userId: user.id };
}
