// The social card of one article: headline, section and the site's brand.
// Rendered on first request and kept in the cache like the article page
// (tags from its read), so a headline change redraws it.
import { getPublicArticle } from "@/app/_lib/queries/articles";
import { formatDay } from "@/app/_lib/format/dates";
import { site } from "@/app/_lib/site";
import { socialCard } from "@/app/_lib/seo/og-image";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const article = await getPublicArticle((await ctx.params).slug);
  if (!article) return new Response("Not found", { status: 404 });
  const place = article.datelinePlace ? `${article.datelinePlace} · ` : "";
  return socialCard({
    headline: article.title,
    section: article.category.name,
    footer: `${place}${formatDay(new Date(article.publishedAt), site.timeZone)}`,
  });
}
