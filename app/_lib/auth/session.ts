// Server-side sessions on the Session table. The cookie holds a random token;
// the row id is its SHA-256, so stolen database rows cannot be replayed.
import { db } from "../db";
import { env } from "../env";
import { isRole, type Actor } from "./roles";
import { randomToken, sha256 } from "./secrets";

export const SESSION_COOKIE = "meridian_session";
/** A session ends after this long without a request... */
export const IDLE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** ...and after this long in any case. */
export const ABSOLUTE_TIMEOUT_MS = 7 * 24 * 60 * 60 * 1000;
// Writing lastSeenAt on every request would turn every page view into a write.
const TOUCH_EVERY_MS = 60 * 1000;

export type NewSession = { token: string; expiresAt: Date };

export async function createSession(userId: number, meta: { ip?: string; userAgent?: string } = {}): Promise<NewSession> {
  const token = randomToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS);
  await db.session.create({
    data: { id: sha256(token), userId, createdAt: now, lastSeenAt: now, expiresAt, ip: meta.ip ?? "", userAgent: (meta.userAgent ?? "").slice(0, 300) },
  });
  return { token, expiresAt };
}

/** The person behind a session token, or null when it is unknown, expired, idle too long or the account is disabled. */
export async function actorFromSessionToken(token: string | undefined | null, now = new Date()): Promise<Actor | null> {
  if (!token || token.length > 200) return null;
  const id = sha256(token);
  const session = await db.session.findUnique({
    where: { id },
    select: {
      id: true,
      lastSeenAt: true,
      expiresAt: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true, role: true, authorId: true, disabled: true, passwordChangedAt: true } },
    },
  });
  if (!session) return null;
  const { user } = session;
  const idle = now.getTime() - session.lastSeenAt.getTime() > IDLE_TIMEOUT_MS;
  // Sessions made before the last password change are dead even if a revoke was missed.
  const predatesPassword = session.createdAt.getTime() < user.passwordChangedAt.getTime();
  if (session.expiresAt <= now || idle || user.disabled || predatesPassword || !isRole(user.role)) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  return { kind: "session", userId: user.id, name: user.name, email: user.email, role: user.role, authorId: user.authorId, credentialId: id };
}

export async function revokeSessionToken(token: string | undefined | null): Promise<void> {
  if (!token) return;
  await db.session.deleteMany({ where: { id: sha256(token) } });
}

export async function revokeAllSessions(userId: number): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
}

/** Cookie attributes: HttpOnly, SameSite=Lax, Secure in production, lives as long as the session may. */
export function sessionCookieOptions(expiresAt: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: env.NODE_ENV === "production" && !env.SITE_URL.startsWith("http://"),
    path: "/",
    expires: expiresAt,
  };
}

/** A Set-Cookie header value, for route handlers that build their own Response. */
export function serializeSessionCookie(token: string, expiresAt: Date): string {
  const o = sessionCookieOptions(expiresAt);
  return [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    `Expires=${o.expires.toUTCString()}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(o.secure ? ["Secure"] : []),
  ].join("; ");
}

export const clearSessionCookie = () => `${SESSION_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax`;
