// GET /api/admin/preview/exit?to=/admin/articles/12: leaves draft mode and goes
// back to `to`, but only to a path of this site (never an open redirect).
import { draftMode } from "next/headers";
import { env } from "@/app/_lib/env";
import { safeRedirectPath } from "@/app/_lib/safe-redirect";
import { otherMethods } from "@/app/_lib/http/other-methods";

export async function GET(req: Request) {
  (await draftMode()).disable();
  const to = safeRedirectPath(new URL(req.url).searchParams.get("to"), env.SITE_URL, "/admin");
  return new Response(null, { status: 307, headers: { Location: to, "Cache-Control": "private, no-store" } });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
