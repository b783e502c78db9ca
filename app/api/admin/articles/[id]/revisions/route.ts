// GET /api/admin/articles/:id/revisions -> { revisions: [{ id, version, note, user, createdAt }] }
import { notFound, parseId } from "@/app/_lib/errors";
import { listRevisions } from "@/app/_lib/queries/admin/articles";
import { adminRoute } from "../../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const GET = adminRoute<{ id: string }>(async ({ actor, params }) => {
  const revisions = await listRevisions(actor, parseId(params.id, "Article"));
  if (!revisions) throw notFound("Article");
  return { revisions };
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
