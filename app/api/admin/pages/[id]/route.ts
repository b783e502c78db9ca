// GET /api/admin/pages/:id      -> { page }
// PATCH /api/admin/pages/:id    { version, ...fields } -> { page } | 409 stale
// DELETE /api/admin/pages/:id   { version? } -> { deleted: true }
import { notFound, parseId } from "@/app/_lib/errors";
import { deletePage, updatePage } from "@/app/_lib/mutations/pages";
import { getAdminPage } from "@/app/_lib/queries/admin/pages";
import { adminRoute, readJson, readOptionalJson } from "../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

type P = { id: string };

export const GET = adminRoute<P>(async ({ actor, params }) => {
  const page = await getAdminPage(actor, parseId(params.id, "Page"));
  if (!page) throw notFound("Page");
  return { page };
});

export const PATCH = adminRoute<P>(async ({ req, actor, ip, params }) => {
  const id = parseId(params.id, "Page");
  await updatePage({ actor, ip }, id, await readJson(req));
  return { page: await getAdminPage(actor, id) };
});

export const DELETE = adminRoute<P>(async ({ req, actor, ip, params }) =>
  deletePage({ actor, ip }, parseId(params.id, "Page"), await readOptionalJson(req)),
);

export const { POST, PUT, OPTIONS } = otherMethods("GET", "PATCH", "DELETE");
