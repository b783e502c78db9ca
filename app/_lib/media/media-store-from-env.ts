// The media store the environment asks for (validated in env.ts): local disk
// by default, S3 with MEDIA_STORE=s3. One store per process.
import { env, type Env } from "../env";
import { localMediaStore } from "./local-media-store";
import type { MediaStore } from "./media-store";
import { s3MediaStore } from "./s3-media-store";

export function mediaStoreFor(e: Pick<Env, "MEDIA_STORE" | "MEDIA_DIR" | "S3_BUCKET" | "S3_REGION" | "S3_ENDPOINT" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY" | "S3_FORCE_PATH_STYLE" | "S3_PREFIX">): MediaStore {
  if (e.MEDIA_STORE !== "s3") return localMediaStore(e.MEDIA_DIR);
  return s3MediaStore({
    bucket: e.S3_BUCKET,
    region: e.S3_REGION,
    endpoint: e.S3_ENDPOINT || undefined,
    accessKeyId: e.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY || undefined,
    forcePathStyle: e.S3_FORCE_PATH_STYLE,
    prefix: e.S3_PREFIX,
  });
}

let store: MediaStore | undefined;

export function mediaStore(): MediaStore {
  return (store ??= mediaStoreFor(env));
}
