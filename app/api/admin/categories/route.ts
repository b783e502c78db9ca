// GET /api/admin/categories -> { categories }   POST { name, slug?, description?, menuOrder?, inMenu? } -> 201 { category }
import { createCategory } from "@/app/_lib/mutations/taxonomy";
import { listAdminCategories } from "@/app/_lib/queries/admin/taxonomy";
import { adminRoute, json, readJson } from "../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";
export const GET = adminRoute(async ({ actor }) => ({ categories: await listAdminCategories(actor) }));
export const POST = adminRoute(async ({ req, actor, ip }) => json({ category: await createCategory({ actor, ip }, await readJson(req)) }, 201));

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
