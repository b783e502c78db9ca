// The Urdu edition's section, topic and author feeds:
// /ur/feeds/{category|topic|author}/<slug as the Urdu pages write it>/{rss.xml|atom.xml|feed.json}.
// Urdu stories only, linked at /ur/news/...; cached like the English feeds (app/feeds/).
import { scopedFeedRoute } from "@/app/_lib/feeds/respond";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const GET = scopedFeedRoute("ur");
