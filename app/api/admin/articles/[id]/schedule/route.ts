// POST /api/admin/articles/:id/schedule  { publishAt: ISO date-time in the future, version? } -> { article }
import { scheduleArticle } from "@/app/_lib/mutations/article-workflow";
import { parseId } from "@/app/_lib/errors";
import { getAdminArticle } from "@/app/_lib/queries/admin/articles";
import { adminRoute, readJson } from "../../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const POST = adminRoute<{ id: string }>(async ({ req, actor, ip, params }) => {
  const id = parseId(params.id, "Article");
  await scheduleArticle({ actor, ip }, id, await readJson(req));
  return { article: await getAdminArticle(actor, id) };
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
