// One interface for where media files live. Keys are relative paths such as
// "2026/12/ab12cd34ef56ab78-640.webp" (content hashes: written once, never
// changed). Local disk is the default; S3 (AWS, R2, MinIO) is chosen by
// MEDIA_STORE=s3 so several instances, or a serverless platform, share media.
import path from "node:path";

export interface MediaStore {
  /** Stores bytes under key (overwrites: same key, same content hash). */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when there is no such file. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; a missing file is not an error. */
  delete(key: string): Promise<void>;
  /** Every key in the store (for export). */
  list(): AsyncIterable<string>;
  /** Where the files are, for log lines ("./data/media", "s3://bucket"). */
  readonly label: string;
}

const TYPES: Record<string, string> = { ".webp": "image/webp", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg" };

/** The content type of a media key, or null for a name the store never serves. */
export function mediaType(key: string): string | null {
  return TYPES[path.extname(key).toLowerCase()] ?? null;
}

/**
 * A key made of path parts from a URL, or null when it is not one the store
 * could have written (empty, "..", absolute, backslashes, unknown extension).
 */
export function mediaKey(parts: string[]): string | null {
  if (!parts.length || parts.some((p) => !p || p === "." || p === ".." || /[\\/\0]/.test(p))) return null;
  const key = parts.join("/");
  return mediaType(key) ? key : null;
}
