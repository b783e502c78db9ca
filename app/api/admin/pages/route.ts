// GET /api/admin/pages -> { pages }   POST { title, slug, summary?, bodyJson?, language?, purpose?, position? } -> 201 { page }
// Publisher pages (about, contact, policies): editors and admins only.
import { createPage } from "@/app/_lib/mutations/pages";
import { getAdminPage, listAdminPages } from "@/app/_lib/queries/admin/pages";
import { adminRoute, json, readJson } from "../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";
export const GET = adminRoute(async ({ actor }) => ({ pages: await listAdminPages(actor) }));
export const POST = adminRoute(async ({ req, actor, ip }) => {
  const created = await createPage({ actor, ip }, await readJson(req));
  return json({ page: await getAdminPage(actor, created.id) }, 201);
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
