// Tag revalidation after a write. `{ expire: 0 }` so the very next reader
// request is rendered fresh (no stale-while-revalidate window for news).
import { revalidateTag } from "next/cache";

export function revalidateTags(tagList: Iterable<string>): string[] {
  const unique = [...new Set(tagList)];
  // Outside a Next.js server (CLI scripts, integration tests) there is no cache
  // to invalidate. Next sets NEXT_RUNTIME in its server ("nodejs"/"edge"), as
  // its instrumentation docs describe; any error inside it is a real one.
  if (!process.env.NEXT_RUNTIME) return unique;
  for (const tag of unique) revalidateTag(tag, { expire: 0 });
  return unique;
}
