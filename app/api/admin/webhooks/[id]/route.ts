// DELETE: remove a webhook and its delivery log (admins).
import { adminRoute } from "../../_lib/handler";
import { deleteWebhook } from "@/app/_lib/mutations/webhooks";
import { parseId } from "@/app/_lib/errors";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const DELETE = adminRoute<{ id: string }>(async ({ actor, ip, params }) => deleteWebhook({ actor, ip }, parseId(params.id, "Webhook")));

export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = otherMethods("DELETE");
