// GET /api/cron/wire-poll: polls the due wire sources, for hosts without a
// long-lived process (Vercel Cron: add { "path": "/api/cron/wire-poll",
// "schedule": "*/5 * * * *" } to vercel.json; Vercel sends
// "Authorization: Bearer $CRON_SECRET"). Off (404) while CRON_SECRET is unset.
import { timingSafeEqual } from "node:crypto";
import { env } from "@/app/_lib/env";
import { pollDueSources } from "@/app/_lib/wire/poll";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";
export const maxDuration = 60;

const NO_STORE = { "Cache-Control": "private, no-store" };

function authorised(req: Request): boolean {
  const sent = Buffer.from(req.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${env.CRON_SECRET}`);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

export async function GET(req: Request): Promise<Response> {
  if (env.CRON_SECRET.length < 16) return Response.json({ error: { code: "not_found", message: "Not found.", fields: {} } }, { status: 404, headers: NO_STORE });
  if (!authorised(req)) return Response.json({ error: { code: "unauthenticated", message: "Send Authorization: Bearer <CRON_SECRET>.", fields: {} } }, { status: 401, headers: NO_STORE });
  const polled = await pollDueSources();
  return Response.json({ polled: polled.map(({ id, outcome }) => ({ id, ...outcome })) }, { headers: NO_STORE });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
