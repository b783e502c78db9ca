// Convenience only for the newsroom: sends visitors without a session cookie
// to the login page and marks every admin response private and unindexed.
// It also gives each newsroom page its Content-Security-Policy with a fresh
// nonce, which Next reads from the request and puts on its own scripts
// (app/_server/security-headers.cjs says what the policy allows and why).
// Real authorization is on the server in every admin read and mutation.
// Reader pages never pass through here (a middleware hop costs a cached
// article about a third of its serving time); renamed stories are answered by
// the article page itself (permanentRedirect, sent as 301 by server-hooks.cjs).
import { NextResponse, type NextRequest } from "next/server";
import { newsroomPolicy } from "@/app/_server/security-headers.cjs";
import { THEME_SCRIPT } from "@/app/_lib/theme-script";

const SESSION_COOKIE = "meridian_session";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isLogin = pathname === "/admin/login";
  if (!isLogin && !request.cookies.has(SESSION_COOKIE)) {
    const url = request.nextUrl.clone();
    url.pathname = "/admin/login";
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  // Lets requireStaff() send an expired session back to the page it came from.
  const headers = new Headers(request.headers);
  headers.set("x-admin-path", pathname + search);
  const policy = newsroomPolicy(btoa(crypto.randomUUID()), [THEME_SCRIPT]);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("Cache-Control", "private, no-store");
  response.headers.set("X-Robots-Tag", "noindex, nofollow");
  return response;
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
