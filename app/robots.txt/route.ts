// robots.txt: a route handler (not app/robots.ts) so it is rendered per
// request from SITE_URL at run time rather than frozen at build time.
import { absoluteUrl } from "@/app/_lib/site";
import { paths } from "@/app/_lib/seo/urls";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";

export function GET() {
  const body = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /admin",
    "Disallow: /api/",
    "Disallow: /search",
    "",
    `Sitemap: ${absoluteUrl(paths.sitemapIndex)}`,
    `Sitemap: ${absoluteUrl(paths.newsSitemap)}`,
    "",
  ].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
