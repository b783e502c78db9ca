// Authentication for server components, pages and server actions (next/headers).
//
//   const actor = await requireStaff();          // any logged-in staff member, else redirect to /admin/login
//   const actor = await requireStaff("editor");  // editor or admin, else redirect to /admin?denied=...
//   const actor = await getActor();              // Actor | null, no redirect
//
// Route handlers use authenticateRequest(req) from ./request instead.
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "../domain";
import { clientAddressFrom } from "./client-address";
import { atLeast, type Actor } from "./roles";
import { actorFromSessionToken, SESSION_COOKIE } from "./session";

/** The logged-in staff member of this request (memoized per request), or null. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const store = await cookies();
  return actorFromSessionToken(store.get(SESSION_COOKIE)?.value);
});

/** For pages and server actions: redirects to the login page, or to the dashboard with a notice when the role is too low. */
export async function requireStaff(min: Role = "contributor"): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const h = await headers();
    const path = h.get("x-admin-path");
    redirect(path ? `/admin/login?next=${encodeURIComponent(path)}` : "/admin/login");
  }
  if (!atLeast(actor.role, min)) redirect(`/admin?denied=${min}`);
  return actor;
}

/** The client's address from the request headers (audit log). */
export async function requestIp(): Promise<string> {
  return clientAddressFrom(await headers());
}
