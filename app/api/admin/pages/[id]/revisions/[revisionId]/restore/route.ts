// POST /api/admin/pages/:id/revisions/:revisionId/restore { version? } -> { page }
import { parseId } from "@/app/_lib/errors";
import { restorePageRevision } from "@/app/_lib/mutations/pages";
import { getAdminPage } from "@/app/_lib/queries/admin/pages";
import { adminRoute, readOptionalJson } from "../../../../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const POST = adminRoute<{ id: string; revisionId: string }>(async ({ req, actor, ip, params }) => {
  const id = parseId(params.id, "Page");
  await restorePageRevision({ actor, ip }, id, parseId(params.revisionId, "Revision"), await readOptionalJson(req));
  return { page: await getAdminPage(actor, id) };
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
