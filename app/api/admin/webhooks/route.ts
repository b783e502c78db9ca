// GET: webhooks and the latest deliveries; POST { url, events? }: register one (admins).
import { adminRoute, readJson } from "../_lib/handler";
import { createWebhook } from "@/app/_lib/mutations/webhooks";
import { listWebhooksForAdmin } from "@/app/_lib/queries/webhooks";
import { scheduleDeliveries } from "@/app/_lib/webhooks/deliver";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";

export const GET = adminRoute(async ({ actor }) => {
  scheduleDeliveries();
  return listWebhooksForAdmin(actor);
});

export const POST = adminRoute(async ({ req, actor, ip }) => {
  const hook = await createWebhook({ actor, ip }, await readJson(req));
  return Response.json({ data: hook }, { status: 201, headers: { "Cache-Control": "private, no-store" } });
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
