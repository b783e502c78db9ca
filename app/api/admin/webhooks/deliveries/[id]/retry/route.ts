// POST: send a delivery again now (admins).
import { adminRoute } from "../../../../_lib/handler";
import { retryWebhookDelivery } from "@/app/_lib/mutations/webhooks";
import { parseId } from "@/app/_lib/errors";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const POST = adminRoute<{ id: string }>(async ({ actor, ip, params }) => retryWebhookDelivery({ actor, ip }, parseId(params.id, "Delivery")));

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
