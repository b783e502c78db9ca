// Every English feed: /feeds/{category|topic|author}/<slug>/{rss.xml|atom.xml|feed.json},
// and the whole site's /feed.xml, /feed.atom, /feed.json, which next.config.js
// rewrites to /feeds/site/all/... so they are dynamic segments too; the Urdu
// edition's /ur/feed.xml, /ur/feed.atom, /ur/feed.json go to /feeds/site/ur/...
// (its section, topic and author feeds are app/(ur)/ur/feeds/).
// ISR like the public pages: rendered on first request (builds never touch the
// database), then served from the cache until a tag of its reads is revalidated
// (publish, unpublish, settings), the next scheduled publication, or 60 s.
import { scopedFeedRoute } from "@/app/_lib/feeds/respond";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const GET = scopedFeedRoute("en", { all: "en", ur: "ur" });
