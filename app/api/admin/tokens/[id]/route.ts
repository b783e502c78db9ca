// Admin only. DELETE /api/admin/tokens/:id -> revokes the token at once.
import { revokeApiToken } from "@/app/_lib/mutations/staff";
import { parseId } from "@/app/_lib/errors";
import { adminRoute } from "../../_lib/handler";

export const DELETE = adminRoute<{ id: string }>(async ({ actor, ip, params }) => revokeApiToken({ actor, ip }, parseId(params.id, "API token")));
