// GET /api/v1/authors: every one, with its page, feed and number of published articles.
import { listApiAuthors } from "@/app/_lib/queries/distribution/api";
import { absoluteUrl } from "@/app/_lib/site";
import { paths } from "@/app/_lib/seo/urls";
import { apiJson, apiOptions } from "../_lib/respond";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const items = await listApiAuthors();
  return apiJson(req, { data: items.map((a) => ({ ...a, url: absoluteUrl(paths.author(a.slug)), feed: absoluteUrl(paths.scopedFeed("author", a.slug).rss) })) });
}

export const OPTIONS = apiOptions;

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET", "OPTIONS");
