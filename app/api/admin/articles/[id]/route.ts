// GET /api/admin/articles/:id            -> { article } (404 when missing or not yours to see)
// PATCH /api/admin/articles/:id          { version, ...fields } -> { article } | 409 stale
// DELETE /api/admin/articles/:id         -> { deleted: true }
import { deleteArticle, updateArticle } from "@/app/_lib/mutations/articles";
import { notFound, parseId } from "@/app/_lib/errors";
import { getAdminArticle } from "@/app/_lib/queries/admin/articles";
import { adminRoute, readJson, readOptionalJson } from "../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

type P = { id: string };

export const GET = adminRoute<P>(async ({ actor, params }) => {
  const article = await getAdminArticle(actor, parseId(params.id, "Article"));
  if (!article) throw notFound("Article");
  return { article };
});

export const PATCH = adminRoute<P>(async ({ req, actor, ip, params }) => {
  const id = parseId(params.id, "Article");
  await updateArticle({ actor, ip }, id, await readJson(req));
  return { article: await getAdminArticle(actor, id) };
});

export const DELETE = adminRoute<P>(async ({ req, actor, ip, params }) => {
  const id = parseId(params.id, "Article");
  return deleteArticle({ actor, ip }, id, await readOptionalJson(req));
});

export const { POST, PUT, OPTIONS } = otherMethods("GET", "PATCH", "DELETE");
