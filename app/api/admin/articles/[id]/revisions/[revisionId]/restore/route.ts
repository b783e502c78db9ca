// POST /api/admin/articles/:id/revisions/:revisionId/restore { version? } -> { article }
import { restoreRevision } from "@/app/_lib/mutations/article-restore";
import { parseId } from "@/app/_lib/errors";
import { getAdminArticle } from "@/app/_lib/queries/admin/articles";
import { adminRoute, readOptionalJson } from "../../../../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const POST = adminRoute<{ id: string; revisionId: string }>(async ({ req, actor, ip, params }) => {
  const id = parseId(params.id, "Article");
  await restoreRevision({ actor, ip }, id, parseId(params.revisionId, "Revision"), await readOptionalJson(req));
  return { article: await getAdminArticle(actor, id) };
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
