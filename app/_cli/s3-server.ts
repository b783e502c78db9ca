// A real S3-compatible server for tests and the platform e2e (the s3rver npm package), on a free
// port, storing into a temporary folder. Returns the MEDIA_STORE=s3 variables
// that point the app at it.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

type S3rverInstance = { run(): Promise<{ port: number }>; close(): Promise<void> };
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;
// s3rver ships no types; this is the part of its API we use.
const S3rver = createRequire(import.meta.url)("s3rver") as S3rverClass;

export type S3Server = { env: Record<string, string>; stop(): Promise<void> };

export async function startS3Server(bucket = "media"): Promise<S3Server> {
  const directory = mkdtempSync(path.join(tmpdir(), "s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  let stopped = false;
  return {
    env: {
      MEDIA_STORE: "s3",
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      // s3rver's fixed credentials.
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "1",
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
