// Admin only. PATCH /api/admin/users/:id { name?, role?, disabled?, password?, authorId? } -> { user }
import { updateUser } from "@/app/_lib/mutations/staff";
import { parseId } from "@/app/_lib/errors";
import { adminRoute, readJson } from "../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const PATCH = adminRoute<{ id: string }>(async ({ req, actor, ip, params }) => ({
  user: await updateUser({ actor, ip }, parseId(params.id, "User"), await readJson(req)),
}));

export const { GET, HEAD, POST, PUT, DELETE, OPTIONS } = otherMethods("PATCH");
