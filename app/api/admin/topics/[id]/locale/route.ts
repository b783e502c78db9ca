// PUT /api/admin/topics/:id/locale  { language: "ur", name, slug?, description? } -> { locale }
// The topic's name in another edition; an empty name takes it out of that edition.
import { saveTaxonomyLocale } from "@/app/_lib/mutations/taxonomy-locales";
import { parseId } from "@/app/_lib/errors";
import { adminRoute, readJson } from "../../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const PUT = adminRoute<{ id: string }>(async ({ req, actor, ip, params }) => ({
  locale: await saveTaxonomyLocale({ actor, ip }, "topic", parseId(params.id, "Topic"), await readJson(req)),
}));

export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods("PUT");
