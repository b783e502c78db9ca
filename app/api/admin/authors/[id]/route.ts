// GET / PATCH / DELETE /api/admin/authors/:id
import { deleteAuthor, updateAuthor } from "@/app/_lib/mutations/taxonomy";
import { notFound, parseId } from "@/app/_lib/errors";
import { getAdminAuthor } from "@/app/_lib/queries/admin/taxonomy";
import { adminRoute, readJson } from "../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

type P = { id: string };
export const GET = adminRoute<P>(async ({ actor, params }) => {
  const author = await getAdminAuthor(actor, parseId(params.id, "Author"));
  if (!author) throw notFound("Author");
  return { author };
});
export const PATCH = adminRoute<P>(async ({ req, actor, ip, params }) => ({
  author: await updateAuthor({ actor, ip }, parseId(params.id, "Author"), await readJson(req)),
}));
export const DELETE = adminRoute<P>(async ({ actor, ip, params }) => deleteAuthor({ actor, ip }, parseId(params.id, "Author")));

export const { POST, PUT, OPTIONS } = otherMethods("GET", "PATCH", "DELETE");
