// Admin only. DELETE /api/admin/tokens/:id -> revokes the token at once.
import { revokeApiToken } from "@/app/_lib/mutations/staff";
import { parseId } from "@/app/_lib/errors";
import { adminRoute } from "../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const DELETE = adminRoute<{ id: string }>(async ({ actor, ip, params }) => revokeApiToken({ actor, ip }, parseId(params.id, "API token")));

export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = otherMethods("DELETE");
