// The wrapper every /api/admin route handler goes through:
// origin check (CSRF) -> authenticate (cookie or Bearer) -> run -> shaped errors.
// Bad input is never a 500: malformed JSON is 400, invalid fields 422.
import { authenticateRequest, clientIp, isSameOriginRequest } from "@/app/_lib/auth/request";
import type { Actor } from "@/app/_lib/auth/roles";
import { AppError } from "@/app/_lib/errors";
import { isDatabaseUnavailable } from "@/app/_lib/db-health";

export type HandlerContext<P> = { req: Request; actor: Actor; ip: string; params: P };

type RouteContext<P> = { params: Promise<P> };

const NO_STORE = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" };

export function errorResponse(status: number, code: string, message: string, fields: Record<string, string> = {}, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return Response.json({ error: { code, message, fields, ...extra } }, { status, headers: { ...NO_STORE, ...headers } });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/** Wraps a handler: returns a Response from a plain value (200 JSON) or passes a Response through. */
export function adminRoute<P = Record<string, never>>(run: (ctx: HandlerContext<P>) => Promise<unknown>) {
  return async (req: Request, route?: RouteContext<P>): Promise<Response> => {
    try {
      if (!isSameOriginRequest(req)) {
        return errorResponse(403, "cross_site_request", "This request did not come from the newsroom (Origin check failed).");
      }
      const actor = await authenticateRequest(req);
      if (!actor) return errorResponse(401, "unauthenticated", "Log in or send a valid API token (Authorization: Bearer ...).");
      const params = ((await route?.params) ?? {}) as P;
      const result = await run({ req, actor, ip: clientIp(req), params });
      return result instanceof Response ? result : json(result);
    } catch (err) {
      if (err instanceof AppError) return errorResponse(err.status, err.code, err.message, err.fields, err.extra);
      if (isDatabaseUnavailable(err)) {
        // Writes run in one transaction: nothing was saved, so sending the same request again is safe.
        return errorResponse(503, "database_unavailable", "The database is unavailable right now, so nothing was saved. Try again in a minute.", {}, {}, { "Retry-After": "30" });
      }
      console.error("admin route failed", err);
      return errorResponse(500, "internal_error", "Something went wrong on the server.");
    }
  };
}

const MAX_JSON_BYTES = 2 * 1024 * 1024;

/** Like readJson, but an empty body is {} (workflow actions need no body). */
export async function readOptionalJson(req: Request): Promise<unknown> {
  const text = await req.clone().text();
  return text.trim() ? readJson(req) : {};
}

/** The JSON body, or a 400 when it is not JSON (or too large to be an article). */
export async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (text.length > MAX_JSON_BYTES) throw new AppError(413, "too_large", "The request body is too large.");
  if (!text.trim()) throw new AppError(400, "malformed_json", "The request body must be a JSON object.");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, "malformed_json", "The request body is not valid JSON.");
  }
}
