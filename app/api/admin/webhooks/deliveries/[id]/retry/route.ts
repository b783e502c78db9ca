// POST: send a delivery again now (admins).
import { adminRoute } from "../../../../_lib/handler";
import { retryWebhookDelivery } from "@/app/_lib/mutations/webhooks";
import { parseId } from "@/app/_lib/errors";

export const POST = adminRoute<{ id: string }>(async ({ actor, ip, params }) => retryWebhookDelivery({ actor, ip }, parseId(params.id, "Delivery")));
