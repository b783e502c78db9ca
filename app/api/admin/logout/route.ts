// POST /api/admin/logout: revokes this session and clears the cookie.
// A form post gets a redirect to the login page; fetch() gets JSON.
import { isSameOriginRequest, readCookie } from "@/app/_lib/auth/request";
import { clearSessionCookie, revokeSessionToken, SESSION_COOKIE } from "@/app/_lib/auth/session";
import { errorResponse } from "../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export async function POST(req: Request) {
  if (!isSameOriginRequest(req)) return errorResponse(403, "cross_site_request", "This request did not come from the newsroom.");
  await revokeSessionToken(readCookie(req, SESSION_COOKIE));
  const headers = new Headers({ "Set-Cookie": clearSessionCookie(), "Cache-Control": "private, no-store" });
  if ((req.headers.get("content-type") ?? "").includes("form")) {
    headers.set("Location", "/admin/login?loggedOut=1");
    return new Response(null, { status: 303, headers });
  }
  return Response.json({ ok: true }, { headers });
}

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
