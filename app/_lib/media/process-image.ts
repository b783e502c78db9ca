// Turns an uploaded (or generated) image into what the media library stores:
// type checked by content (not by name), metadata stripped, an optimized
// original and resized WebP variants, written to the media store.
import { createHash } from "node:crypto";
import sharp from "sharp";
import { localMediaStore } from "./local-media-store";
import type { MediaStore } from "./media-store";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const VARIANT_WIDTHS = [320, 640, 960, 1280];
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "avif", "gif"]);
const MAX_ORIGINAL_WIDTH = 2000;

export class ImageRejectedError extends Error {
  constructor(
    message: string,
    readonly code: "too_large" | "not_an_image" | "unsupported_type" | "too_small",
  ) {
    super(message);
  }
}

export type ProcessedImage = {
  file: string;
  mimeType: string;
  width: number;
  height: number;
  sizeBytes: number;
  variants: { width: number; height: number; file: string }[];
};

/** `target` is a store, or a folder on disk (the seed writes to a local folder). */
export async function processImage(input: Buffer, target: MediaStore | string, now = new Date()): Promise<ProcessedImage> {
  const store = typeof target === "string" ? localMediaStore(target) : target;
  if (input.byteLength > MAX_UPLOAD_BYTES) {
    throw new ImageRejectedError(`Images must be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, "too_large");
  }
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
  try {
    meta = await sharp(input).metadata();
  } catch {
    throw new ImageRejectedError("The file is not an image this site can read.", "not_an_image");
  }
  if (!meta.format || !ACCEPTED_FORMATS.has(meta.format)) {
    throw new ImageRejectedError(`Image type "${meta.format ?? "unknown"}" is not accepted; use JPEG, PNG, WebP, AVIF or GIF.`, "unsupported_type");
  }
  if (!meta.width || !meta.height || meta.width < 16 || meta.height < 16) {
    throw new ImageRejectedError("Images must be at least 16x16 pixels.", "too_small");
  }

  const hash = createHash("sha256").update(input).digest("hex").slice(0, 16);
  const folder = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}`;

  // rotate() applies the EXIF orientation; sharp drops all metadata by default.
  const base = sharp(input, { animated: false }).rotate();
  const original = await base
    .clone()
    .resize({ width: MAX_ORIGINAL_WIDTH, withoutEnlargement: true })
    .webp({ quality: 82 })
    .toBuffer({ resolveWithObject: true });
  const file = `${folder}/${hash}.webp`;
  await store.put(file, original.data, "image/webp");

  const variants: ProcessedImage["variants"] = [];
  for (const width of VARIANT_WIDTHS) {
    if (width >= original.info.width) continue;
    const out = await base.clone().resize({ width }).webp({ quality: 78 }).toBuffer({ resolveWithObject: true });
    const variantFile = `${folder}/${hash}-${width}.webp`;
    await store.put(variantFile, out.data, "image/webp");
    variants.push({ width: out.info.width, height: out.info.height, file: variantFile });
  }
  variants.push({ width: original.info.width, height: original.info.height, file });

  return {
    file,
    mimeType: "image/webp",
    width: original.info.width,
    height: original.info.height,
    sizeBytes: original.data.byteLength,
    variants,
  };
}
