// The whole site's feed (json). Dynamic, served from the data cache.
import { feedResponse } from "@/app/_lib/feeds/respond";

export const dynamic = "force-dynamic";

export function GET() {
  return feedResponse("site", "", "json");
}
