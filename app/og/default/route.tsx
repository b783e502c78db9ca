// The site's default social card (front page, listings, anything without its own).
import { site } from "@/app/_lib/site";
import { socialCard } from "@/app/_lib/seo/og-image";

// Rendered per request from the run-time SITE_NAME, not frozen at build time.
export const dynamic = "force-dynamic";

export function GET() {
  return socialCard({ headline: site.description }, { "Cache-Control": "public, max-age=86400" });
}
