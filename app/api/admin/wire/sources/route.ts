// GET: wire sources with their health; POST: add one (editors and admins).
import { adminRoute, readJson } from "../../_lib/handler";
import { createWireSource } from "@/app/_lib/mutations/wire-sources";
import { listWireSources } from "@/app/_lib/queries/admin/wire";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";

export const GET = adminRoute(async ({ actor }) => listWireSources(actor));

export const POST = adminRoute(async ({ req, actor, ip }) => {
  const source = await createWireSource({ actor, ip }, await readJson(req));
  return Response.json({ data: source }, { status: 201, headers: { "Cache-Control": "private, no-store" } });
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
