// GET / PATCH / DELETE /api/admin/categories/:id
import { deleteCategory, updateCategory } from "@/app/_lib/mutations/taxonomy";
import { notFound, parseId } from "@/app/_lib/errors";
import { getAdminCategory } from "@/app/_lib/queries/admin/taxonomy";
import { adminRoute, readJson } from "../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

type P = { id: string };
export const GET = adminRoute<P>(async ({ actor, params }) => {
  const category = await getAdminCategory(actor, parseId(params.id, "Category"));
  if (!category) throw notFound("Category");
  return { category };
});
export const PATCH = adminRoute<P>(async ({ req, actor, ip, params }) => ({
  category: await updateCategory({ actor, ip }, parseId(params.id, "Category"), await readJson(req)),
}));
export const DELETE = adminRoute<P>(async ({ actor, ip, params }) => deleteCategory({ actor, ip }, parseId(params.id, "Category")));

export const { POST, PUT, OPTIONS } = otherMethods("GET", "PATCH", "DELETE");
