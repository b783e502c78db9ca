// Tag revalidation after a write. `{ expire: 0 }` so the very next reader
// request is rendered fresh (no stale-while-revalidate window for news).
import { revalidateTag } from "next/cache";

export function revalidateTags(tagList: Iterable<string>): string[] {
  const unique = [...new Set(tagList)];
  for (const tag of unique) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (err) {
      // Outside a Next.js request (CLI scripts, integration tests) there is no
      // cache to invalidate; anything else is a real error.
      if (!(err instanceof Error && err.message.includes("static generation store missing"))) throw err;
    }
  }
  return unique;
}
