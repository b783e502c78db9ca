// GET / PATCH (rename) / DELETE /api/admin/topics/:id
import { deleteTopic, updateTopic } from "@/app/_lib/mutations/taxonomy";
import { notFound, parseId } from "@/app/_lib/errors";
import { getAdminTopic } from "@/app/_lib/queries/admin/taxonomy";
import { adminRoute, readJson } from "../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

type P = { id: string };
export const GET = adminRoute<P>(async ({ actor, params }) => {
  const topic = await getAdminTopic(actor, parseId(params.id, "Topic"));
  if (!topic) throw notFound("Topic");
  return { topic };
});
export const PATCH = adminRoute<P>(async ({ req, actor, ip, params }) => ({
  topic: await updateTopic({ actor, ip }, parseId(params.id, "Topic"), await readJson(req)),
}));
export const DELETE = adminRoute<P>(async ({ actor, ip, params }) => deleteTopic({ actor, ip }, parseId(params.id, "Topic")));

export const { POST, PUT, OPTIONS } = otherMethods("GET", "PATCH", "DELETE");
