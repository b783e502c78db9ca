// GET /api/admin/topics?q= -> { topics }   POST { name, slug?, description? } -> 201 { topic } (an existing slug returns that topic)
import { createTopic } from "@/app/_lib/mutations/taxonomy";
import { listAdminTopics } from "@/app/_lib/queries/admin/taxonomy";
import { adminRoute, json, readJson } from "../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";
export const GET = adminRoute(async ({ req, actor }) => ({
  topics: await listAdminTopics(actor, new URL(req.url).searchParams.get("q")?.trim().slice(0, 100) || undefined),
}));
export const POST = adminRoute(async ({ req, actor, ip }) => json({ topic: await createTopic({ actor, ip }, await readJson(req)) }, 201));

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
