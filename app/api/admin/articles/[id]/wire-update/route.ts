// POST /api/admin/articles/:id/wire-update  { action: "apply" | "dismiss", version? } -> { article }
// The agency sent a newer version of the item this story was made from:
// apply copies it into the story (needs the version the editor saw), dismiss keeps the story.
import { resolveWireUpdate } from "@/app/_lib/mutations/wire-items";
import { parseId } from "@/app/_lib/errors";
import { getAdminArticle } from "@/app/_lib/queries/admin/articles";
import { adminRoute, readJson } from "../../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const POST = adminRoute<{ id: string }>(async ({ req, actor, ip, params }) => {
  const id = parseId(params.id, "Article");
  await resolveWireUpdate({ actor, ip }, id, await readJson(req));
  return { article: await getAdminArticle(actor, id) };
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
