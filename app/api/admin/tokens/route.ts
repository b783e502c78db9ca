// Admin only. GET /api/admin/tokens -> { tokens }   POST { name, role } -> 201 { token: { ..., token } } (shown once)
import { createApiToken } from "@/app/_lib/mutations/staff";
import { listApiTokens } from "@/app/_lib/queries/admin/staff";
import { adminRoute, json, readJson } from "../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";
export const GET = adminRoute(async ({ actor }) => ({ tokens: await listApiTokens(actor) }));
export const POST = adminRoute(async ({ req, actor, ip }) => json({ token: await createApiToken({ actor, ip }, await readJson(req)) }, 201));

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
