// Admin only. GET /api/admin/users -> { users }   POST { email, name, role, password, authorId? } -> 201 { user }
import { createUser } from "@/app/_lib/mutations/staff";
import { listUsers } from "@/app/_lib/queries/admin/staff";
import { adminRoute, json, readJson } from "../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";
export const GET = adminRoute(async ({ actor }) => ({ users: await listUsers(actor) }));
export const POST = adminRoute(async ({ req, actor, ip }) => json({ user: await createUser({ actor, ip }, await readJson(req)) }, 201));

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
