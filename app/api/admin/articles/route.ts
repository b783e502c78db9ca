// GET /api/admin/articles?status=&category=&topic=&author=&language=&q=&page=  (scoped to the caller)
// POST /api/admin/articles  { title, categoryId, ... }  -> 201 { article }
import { createArticle } from "@/app/_lib/mutations/articles";
import { listAdminArticles, parseArticleFilters } from "@/app/_lib/queries/admin/articles";
import { adminRoute, json, readJson } from "../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";

export const GET = adminRoute(async ({ req, actor }) => {
  const filters = parseArticleFilters(Object.fromEntries(new URL(req.url).searchParams));
  return listAdminArticles(actor, filters);
});

export const POST = adminRoute(async ({ req, actor, ip }) => {
  const article = await createArticle({ actor, ip }, await readJson(req));
  return json({ article }, 201);
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
