// The article's translation group.
//   GET    /api/admin/articles/:id/translation               -> { translation: { groupId, articles: [{ id, language }] } }
//   PUT    /api/admin/articles/:id/translation  { of: <id> }  -> the same, after linking :id as a translation of <id>
//   DELETE /api/admin/articles/:id/translation               -> the same, after taking :id out of its group
// 422 for the same language, itself or an unknown id; 409 when :id is in another group or
// the group already has an article in :id's language; 404/403 as for editing the article.
import { linkTranslation, translationGroup, unlinkTranslation } from "@/app/_lib/mutations/translations";
import { notFound, parseId } from "@/app/_lib/errors";
import { getAdminArticle } from "@/app/_lib/queries/admin/articles";
import { adminRoute, readJson } from "../../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const GET = adminRoute<{ id: string }>(async ({ actor, params }) => {
  const id = parseId(params.id, "Article");
  // 404 unless the actor may see the article (the admin read checks it).
  if (!(await getAdminArticle(actor, id))) throw notFound("Article");
  return { translation: await translationGroup(id) };
});

export const PUT = adminRoute<{ id: string }>(async ({ req, actor, ip, params }) => {
  const id = parseId(params.id, "Article");
  return { translation: await linkTranslation({ actor, ip }, id, await readJson(req)) };
});

export const DELETE = adminRoute<{ id: string }>(async ({ actor, ip, params }) => {
  const id = parseId(params.id, "Article");
  return { translation: await unlinkTranslation({ actor, ip }, id) };
});

export const { POST, PATCH, OPTIONS } = otherMethods("GET", "PUT", "DELETE");
