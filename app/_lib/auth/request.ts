// Authentication for route handlers: the session cookie or a Bearer API token,
// read from the Request itself (no next/headers), so handlers can be called
// directly in integration tests.
import { env } from "../env";
import { actorFromBearer } from "./api-tokens";
import { clientAddressFrom } from "./client-address";
import type { Actor } from "./roles";
import { actorFromSessionToken, SESSION_COOKIE } from "./session";

export function readCookie(req: Request, name: string): string | null {
  const header = req.headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeCookieValue(part.slice(eq + 1).trim());
  }
  return null;
}

/** A value with a broken percent escape (%E0%A4%A) is no session at all, not a server error. */
function decodeCookieValue(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The client's address, for rate limiting and the audit log (see client-address.ts: never a client-written header). */
export function clientIp(req: Request): string {
  return clientAddressFrom(req.headers);
}

/**
 * Who sent this request: a Bearer token wins over the cookie; null when neither is valid.
 * Route handlers answer 401 on null.
 */
export async function authenticateRequest(req: Request): Promise<Actor | null> {
  const authorization = req.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return match ? actorFromBearer(match[1]) : null;
  }
  return actorFromSessionToken(readCookie(req, SESSION_COOKIE));
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for route handlers. A state-changing request
 * that carries the session cookie must come from this site: its Origin (or,
 * when a browser sends none, Sec-Fetch-Site) must match. Bearer-token requests
 * are not forgeable by a browser (it never adds the header on its own).
 */
export function isSameOriginRequest(req: Request): boolean {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return true;
  if (req.headers.get("authorization")) return true;
  const origin = req.headers.get("origin");
  if (!origin) {
    const site = req.headers.get("sec-fetch-site");
    return site === "same-origin";
  }
  if (origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const allowed = new Set<string>();
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (host) allowed.add(host);
  allowed.add(new URL(req.url).host);
  allowed.add(new URL(env.SITE_URL).host);
  return allowed.has(originHost);
}
