// PATCH: change a wire source (authHeader is write-only); DELETE: remove it and its items.
import { adminRoute, readJson } from "../../../_lib/handler";
import { deleteWireSource, updateWireSource } from "@/app/_lib/mutations/wire-sources";
import { parseId } from "@/app/_lib/errors";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const PATCH = adminRoute<{ id: string }>(async ({ req, actor, ip, params }) => ({
  data: await updateWireSource({ actor, ip }, parseId(params.id, "Wire source"), await readJson(req)),
}));

export const DELETE = adminRoute<{ id: string }>(async ({ actor, ip, params }) => deleteWireSource({ actor, ip }, parseId(params.id, "Wire source")));

export const { GET, HEAD, POST, PUT, OPTIONS } = otherMethods("PATCH", "DELETE");
