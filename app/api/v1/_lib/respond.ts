// Responses of the public read API: JSON with a content hash ETag (a matching
// If-None-Match gets 304), shared-cache friendly Cache-Control, and CORS for
// GET so browsers on other sites can read it.
import etag from "etag";
import { allowHeader } from "@/app/_lib/http/other-methods";
import fresh from "fresh";
import { scheduleDeliveries } from "@/app/_lib/webhooks/deliver";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, Content-Type",
  "Access-Control-Expose-Headers": "ETag, Link",
  "Access-Control-Max-Age": "86400",
};

const CACHE_CONTROL = "public, max-age=60, s-maxage=60, stale-while-revalidate=300";

export function apiJson(req: Request, body: unknown, extraHeaders: Record<string, string> = {}): Response {
  // API traffic also sends due webhook retries, after the response.
  scheduleDeliveries();
  const text = JSON.stringify(body);
  // ETag and 304 made as the server hooks make them for pages and feeds (app/_server/response-compression.cjs).
  const tag = etag(text);
  const headers = { ...CORS_HEADERS, "Cache-Control": CACHE_CONTROL, ETag: tag, ...extraHeaders };
  if (fresh(Object.fromEntries(req.headers), { etag: tag })) return new Response(null, { status: 304, headers });
  return new Response(text, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

export function apiError(status: 400 | 404, code: string, message: string, fields?: Record<string, string>): Response {
  return Response.json(
    { error: { code, message, fields: fields ?? {} } },
    { status, headers: { ...CORS_HEADERS, "Cache-Control": "no-store" } },
  );
}

/** CORS preflight. */
export function apiOptions(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, Allow: allowHeader(["GET"]) } });
}
