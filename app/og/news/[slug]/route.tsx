// The social card of one article: headline, section and the site's brand.
// Rendered on first request and kept in the cache like the article page
// (tags from its read), so a headline change redraws it. An Urdu story's card
// is in Urdu: Nastaliq, right to left, its section's Urdu name, an Urdu date.
import { getPublicArticle } from "@/app/_lib/queries/articles";
import { formatDay } from "@/app/_lib/format/dates";
import { formatUrduDay } from "@/app/_lib/format/urdu-dates";
import { getEditionNames, localCategory } from "@/app/_lib/queries/taxonomy";
import { getSiteSettings } from "@/app/_lib/queries/settings";
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
  if (article.language === "ur") {
    const [names, settings] = await Promise.all([getEditionNames("ur"), getSiteSettings()]);
    const place = article.datelinePlace ? `${article.datelinePlace} · ` : "";
    return socialCard({
      headline: article.title,
      section: localCategory(names, article.category).name,
      footer: `${place}${formatUrduDay(new Date(article.publishedAt), site.timeZone, settings.urduDigits)}`,
      language: "ur",
      siteName: settings.urduSiteName,
    });
  }
  const place = article.datelinePlace ? `${article.datelinePlace} · ` : "";
  return socialCard({
    headline: article.title,
    section: article.category.name,
    footer: `${place}${formatDay(new Date(article.publishedAt), site.timeZone)}`,
  });
}
