// Import right after ./test-db (before any app module): starts an S3 server
// and points the app's media store at it (env.ts reads the variables once).
import { afterAll } from "vitest";
import { startS3Server } from "@/app/_cli/s3-server";

export const s3 = await startS3Server();
Object.assign(process.env, s3.env);
afterAll(() => s3.stop());
