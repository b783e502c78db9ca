// GET /api/v1/search?q=<words>&language=en|ur&page=N: reader search of one
// edition (English by default) as JSON, the same results as the search pages
// (searchArticles: words folded as readers type them, e.g. پاكستان or ۱۳).
// A bad language or page is a 400 naming it; an empty query finds nothing.
import { LANGUAGES, type Language } from "@/app/_lib/domain";
import { searchArticles } from "@/app/_lib/queries/search";
import { absoluteUrl } from "@/app/_lib/site";
import { inEdition } from "@/app/_lib/seo/urls";
import { otherMethods } from "@/app/_lib/http/other-methods";
import { apiError, apiJson, apiOptions } from "../_lib/respond";

export const dynamic = "force-dynamic";

const text = (parts: { text: string }[]) => parts.map((p) => p.text).join("");
const marked = (parts: { text: string; match: boolean }[]) => parts.filter((p) => p.match).map((p) => p.text);

export async function GET(req: Request) {
  const params = new URL(req.url).searchParams;
  const language = params.get("language") ?? "en";
  const page = params.get("page") ?? "1";
  const fields: Record<string, string> = {};
  if (!(LANGUAGES as readonly string[]).includes(language)) fields.language = `must be one of ${LANGUAGES.join(", ")}`;
  if (!/^\d{1,3}$/.test(page) || Number(page) < 1 || Number(page) > 100)
    fields.page = "must be a whole number between 1 and 100";
  if (Object.keys(fields).length)
    return apiError(400, "invalid_parameters", "Some query parameters are not valid.", fields);

  const results = await searchArticles(params.get("q") ?? "", Number(page), language as Language);
  return apiJson(req, {
    terms: results.terms,
    page: results.page,
    total: results.total,
    totalPages: results.totalPages,
    data: results.hits.map((h) => ({
      slug: h.article.slug,
      title: h.article.title,
      url: absoluteUrl(inEdition(language as Language, `/news/${h.article.slug}`)),
      publishedAt: h.article.publishedAt,
      highlight: {
        title: text(h.title),
        titleMatches: marked(h.title),
        snippet: text(h.snippet),
        snippetMatches: marked(h.snippet),
      },
    })),
  });
}

export const OPTIONS = apiOptions;

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET", "OPTIONS");
