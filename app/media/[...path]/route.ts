// Serves media library files from the media store (local disk or S3). Names
// are content hashes, so the files are immutable and cached for a year.
import { mediaStore } from "@/app/_lib/media/media-store-from-env";
import { mediaKey, mediaType } from "@/app/_lib/media/media-store";

export async function GET(_req: Request, ctx: { params: Promise<{ path: string[] }> }) {
  const { path: parts } = await ctx.params;
  const key = mediaKey(parts);
  const body = key ? await mediaStore().get(key) : null;
  if (!key || !body) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": mediaType(key)!,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
