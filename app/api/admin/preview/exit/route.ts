// GET /api/admin/preview/exit?to=/admin/articles/12: leaves draft mode.
import { draftMode } from "next/headers";

export async function GET(req: Request) {
  (await draftMode()).disable();
  const to = new URL(req.url).searchParams.get("to");
  const safe = to && /^\/(?!\/)/.test(to) ? to : "/admin";
  return new Response(null, { status: 307, headers: { Location: safe, "Cache-Control": "private, no-store" } });
}
