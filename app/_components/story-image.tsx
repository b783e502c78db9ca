// Responsive image from the media library's variants; width and height are
// always set so the page never shifts while images load.
import type { ImageRef } from "../_lib/queries/shapes";
import { mediaUrl } from "../_lib/queries/shapes";

export function StoryImage({
  image,
  sizes,
  priority = false,
  className = "",
}: {
  image: ImageRef;
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  const srcSet = image.variants.map((v) => `${mediaUrl(v.file)} ${v.width}w`).join(", ");
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are pre-resized by the media pipeline
    <img
      src={image.src}
      srcSet={srcSet || undefined}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={`h-auto w-full bg-zinc-200 object-cover dark:bg-zinc-800 ${className}`}
    />
  );
}
