// GET /api/v1/articles: published articles, newest first, filtered by
// category, topic, author, language and since; paginated (perPage <= 100).
import { listApiArticles } from "@/app/_lib/queries/distribution/api";
import { getSiteSettings } from "@/app/_lib/queries/settings";
import { absoluteUrl } from "@/app/_lib/site";
import { apiError, apiJson, apiOptions } from "../_lib/respond";
import { parseArticleParams } from "../_lib/params";
import { apiArticle } from "../_lib/shape";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const url = new URL(req.url);
  const params = parseArticleParams(url.searchParams);
  if (!params.ok) {
    const names = Object.keys(params.fields).join(", ");
    return apiError(400, "invalid_parameter", `Invalid query parameter: ${names}.`, params.fields);
  }
  const f = params.filters;
  const [{ articles, total }, { defaultAgency }] = await Promise.all([listApiArticles(f), getSiteSettings()]);
  const totalPages = Math.max(1, Math.ceil(total / f.perPage));
  const pageUrl = (page: number) => {
    const q = new URLSearchParams(url.searchParams);
    q.set("page", String(page));
    q.set("perPage", String(f.perPage));
    return absoluteUrl(`/api/v1/articles?${q}`);
  };
  const links = {
    self: pageUrl(f.page),
    next: f.page < totalPages ? pageUrl(f.page + 1) : null,
    prev: f.page > 1 ? pageUrl(Math.min(f.page - 1, totalPages)) : null,
  };
  const linkHeader = [links.next && `<${links.next}>; rel="next"`, links.prev && `<${links.prev}>; rel="prev"`].filter(Boolean).join(", ");
  return apiJson(
    req,
    { data: articles.map((a) => apiArticle(a, defaultAgency)), meta: { page: f.page, perPage: f.perPage, total, totalPages }, links },
    linkHeader ? { Link: linkHeader } : {},
  );
}

export const OPTIONS = apiOptions;

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET", "OPTIONS");
