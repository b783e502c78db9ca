// GET /api/admin/authors -> { authors }   POST { name, bio?, avatarMediaId?, xHandle?, ... } -> 201 { author }
import { createAuthor } from "@/app/_lib/mutations/taxonomy";
import { listAdminAuthors } from "@/app/_lib/queries/admin/taxonomy";
import { adminRoute, json, readJson } from "../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";
export const GET = adminRoute(async ({ actor }) => ({ authors: await listAdminAuthors(actor) }));
export const POST = adminRoute(async ({ req, actor, ip }) => json({ author: await createAuthor({ actor, ip }, await readJson(req)) }, 201));

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
