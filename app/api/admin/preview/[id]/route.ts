// GET /api/admin/preview/:id: turns on draft mode for this browser and opens the
// article at its reader address, rendered exactly as readers will see it.
// Draft-mode responses are never cached for readers.
import { draftMode } from "next/headers";
import { authenticateRequest } from "@/app/_lib/auth/request";
import { parseId } from "@/app/_lib/errors";
import { getAdminArticle } from "@/app/_lib/queries/admin/articles";
import { errorResponse } from "../../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const actor = await authenticateRequest(req);
  if (!actor) return errorResponse(401, "unauthenticated", "Log in to preview.");
  let id: number;
  try {
    id = parseId((await ctx.params).id, "Article");
  } catch {
    return errorResponse(404, "not_found", "Article not found.");
  }
  const article = await getAdminArticle(actor, id);
  if (!article) return errorResponse(404, "not_found", "Article not found.");
  (await draftMode()).enable();
  return new Response(null, { status: 307, headers: { Location: `/news/${article.slug}`, "Cache-Control": "private, no-store" } });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
