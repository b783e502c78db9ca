// POST /api/admin/topics/:id/merge { intoTopicId } -> moves its articles, deletes it
import { mergeTopic } from "@/app/_lib/mutations/taxonomy";
import { parseId } from "@/app/_lib/errors";
import { adminRoute, readJson } from "../../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const POST = adminRoute<{ id: string }>(async ({ req, actor, ip, params }) =>
  mergeTopic({ actor, ip }, parseId(params.id, "Topic"), await readJson(req)),
);

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
