// POST { publish?: boolean }: make a story from a wire item -> 201 { article } (a draft, or published for roles that may).
import { adminRoute, readOptionalJson } from "../../../../_lib/handler";
import { takeWireItem } from "@/app/_lib/mutations/wire-items";
import { parseId } from "@/app/_lib/errors";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const POST = adminRoute<{ id: string }>(async ({ req, actor, ip, params }) => {
  const article = await takeWireItem({ actor, ip }, parseId(params.id, "Wire item"), await readOptionalJson(req));
  return Response.json({ article }, { status: 201, headers: { "Cache-Control": "private, no-store" } });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
