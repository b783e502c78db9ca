// Serves media library files from the media store (local disk or S3). Names
// are content hashes, so the files are immutable and cached for a year.
import { mediaStore } from "@/app/_lib/media/media-store-from-env";
import { mediaKey, mediaType } from "@/app/_lib/media/media-store";
import { otherMethods } from "@/app/_lib/http/other-methods";

export async function GET(_req: Request, ctx: { params: Promise<{ path: string[] }> }) {
  const { path: parts } = await ctx.params;
  const key = mediaKey(parts);
  if (!key) return new Response("Not found", { status: 404 });
  let body: Buffer | null;
  try {
    body = await mediaStore().get(key);
  } catch {
    // The bucket is unreachable: a retryable outage, not a missing file (which would be cached as such).
    return new Response("Media storage unavailable", { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } });
  }
  if (!body) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": mediaType(key)!,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
