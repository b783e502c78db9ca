// GET /api/v1/articles/<slug>: one published article with its sanitized body.
import { getApiArticle } from "@/app/_lib/queries/distribution/api";
import { getSiteSettings } from "@/app/_lib/queries/settings";
import { apiError, apiJson, apiOptions } from "../../_lib/respond";
import { apiArticle } from "../../_lib/shape";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const { slug } = await ctx.params;
  const article = /^[a-z0-9-]{1,200}$/.test(slug) ? await getApiArticle(slug) : null;
  if (!article) return apiError(404, "not_found", "No published article has this slug.");
  const { defaultAgency } = await getSiteSettings();
  return apiJson(req, { data: apiArticle(article, defaultAgency) });
}

export const OPTIONS = apiOptions;

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET", "OPTIONS");
