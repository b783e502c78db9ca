// Google News sitemap: stories from the last 48 hours, at most 1,000.
import { getNewsSitemap } from "@/app/_lib/queries/distribution";
import { site } from "@/app/_lib/site";
import { newsSitemapXml, XML_HEADERS } from "@/app/_lib/sitemaps/xml";

export const dynamic = "force-dynamic";

export async function GET() {
  const entries = await getNewsSitemap();
  return new Response(newsSitemapXml({ name: site.name }, entries), { headers: XML_HEADERS });
}
