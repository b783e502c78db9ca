// GET /api/admin/pages/:id/revisions -> { revisions } (newest first)
import { notFound, parseId } from "@/app/_lib/errors";
import { listPageRevisions } from "@/app/_lib/queries/admin/pages";
import { adminRoute } from "../../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const GET = adminRoute<{ id: string }>(async ({ actor, params }) => {
  const revisions = await listPageRevisions(actor, parseId(params.id, "Page"));
  if (!revisions) throw notFound("Page");
  return { revisions };
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
