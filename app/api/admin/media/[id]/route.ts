// GET / PATCH { alt?, caption?, credit? } / DELETE /api/admin/media/:id
import { deleteMedia, updateMedia } from "@/app/_lib/mutations/media";
import { notFound, parseId } from "@/app/_lib/errors";
import { getAdminMedia } from "@/app/_lib/queries/admin/media";
import { adminRoute, readJson } from "../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

type P = { id: string };
export const GET = adminRoute<P>(async ({ actor, params }) => {
  const media = await getAdminMedia(actor, parseId(params.id, "Image"));
  if (!media) throw notFound("Image");
  return { media };
});
export const PATCH = adminRoute<P>(async ({ req, actor, ip, params }) => {
  const id = parseId(params.id, "Image");
  await updateMedia({ actor, ip }, id, await readJson(req));
  return { media: await getAdminMedia(actor, id) };
});
export const DELETE = adminRoute<P>(async ({ actor, ip, params }) => deleteMedia({ actor, ip }, parseId(params.id, "Image")));

export const { POST, PUT, OPTIONS } = otherMethods("GET", "PATCH", "DELETE");
