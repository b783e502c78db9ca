// The whole site's feed (rss). Dynamic, served from the data cache.
import { feedResponse } from "@/app/_lib/feeds/respond";

export const dynamic = "force-dynamic";

export function GET() {
  return feedResponse("site", "", "rss");
}
