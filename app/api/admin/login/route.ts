// POST /api/admin/login { email, password } -> 200 + session cookie | 401 | 429 (Retry-After).
import { z } from "zod";
import { login } from "@/app/_lib/auth/login";
import { clientIp, isSameOriginRequest } from "@/app/_lib/auth/request";
import { serializeSessionCookie } from "@/app/_lib/auth/session";
import { AppError, parseInput } from "@/app/_lib/errors";
import { errorResponse, json, readJson } from "../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

const credentials = z.strictObject({
  email: z.string().trim().min(1, "Enter your email address").max(200),
  password: z.string().min(1, "Enter your password").max(500),
});

export async function POST(req: Request) {
  try {
    if (!isSameOriginRequest(req)) return errorResponse(403, "cross_site_request", "This request did not come from the newsroom.");
    const { email, password } = parseInput(credentials, await readJson(req));
    const result = await login(email, password, { ip: clientIp(req), userAgent: req.headers.get("user-agent") ?? "" });
    if (result.ok) {
      return json({ ok: true }, 200, { "Set-Cookie": serializeSessionCookie(result.session.token, result.session.expiresAt) });
    }
    if (result.reason === "rate_limited") {
      const minutes = Math.ceil(result.retryAfter / 60);
      return errorResponse(
        429,
        "too_many_attempts",
        `Too many failed logins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
        {},
        { retryAfter: result.retryAfter },
        { "Retry-After": String(result.retryAfter) },
      );
    }
    return errorResponse(401, "invalid_credentials", "That email and password do not match an active account.");
  } catch (err) {
    if (err instanceof AppError) return errorResponse(err.status, err.code, err.message, err.fields);
    console.error("login failed", err);
    return errorResponse(500, "internal_error", "Something went wrong on the server.");
  }
}

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
