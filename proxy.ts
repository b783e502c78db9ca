// Two jobs, both before the page renders:
// 1. /news/<old-slug> of a renamed story answers 301 with the new address
//    (a page can only answer 307/308). The lookup is an in-memory table kept
//    in step with writes (queries/moved-articles.ts), so a request for a
//    cached article costs no database query.
// 2. Convenience only for the newsroom: sends visitors without a session cookie
//    to the login page and marks every admin response private and unindexed.
//    Real authorization is on the server in every admin read and mutation.
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { findMovedArticle } from "@/app/_lib/queries/moved-articles";

const SESSION_COOKIE = "meridian_session";

async function articleRedirect(request: NextRequest, event: NextFetchEvent): Promise<NextResponse> {
  // A database outage must not take live stories down with it: the page still answers.
  const moved = await findMovedArticle(request.nextUrl.pathname, (work) => event.waitUntil(work)).catch(() => null);
  if (!moved) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = moved.toPath;
  return NextResponse.redirect(url, moved.statusCode === 302 ? 302 : 301);
}

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/news/")) return articleRedirect(request, event);
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
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Cache-Control", "private, no-store");
  response.headers.set("X-Robots-Tag", "noindex, nofollow");
  return response;
}

export const config = { matcher: ["/admin", "/admin/:path*", "/news/:slug"] };
