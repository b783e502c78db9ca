// DELETE: remove a webhook and its delivery log (admins).
import { adminRoute } from "../../_lib/handler";
import { deleteWebhook } from "@/app/_lib/mutations/webhooks";
import { parseId } from "@/app/_lib/errors";

export const DELETE = adminRoute<{ id: string }>(async ({ actor, ip, params }) => deleteWebhook({ actor, ip }, parseId(params.id, "Webhook")));
