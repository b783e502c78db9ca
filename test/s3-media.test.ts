// The media library on an S3-compatible store (MEDIA_STORE=s3), against a real
// S3 server (s3rver) the test starts: an upload's original and variants land in
// the bucket, the media route serves them, and a backup carries them across.
import "./helpers/test-db";
import { s3 } from "./helpers/s3-media-env";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/app/_lib/db";
import { env } from "@/app/_lib/env";
import { mediaStore } from "@/app/_lib/media/media-store-from-env";
import { s3MediaStore } from "@/app/_lib/media/s3-media-store";
import { exportBackup, importBackup } from "@/app/_cli/backup/backup";
import { GET as mediaRoute } from "@/app/media/[...path]/route";
import { pngBlob, res } from "./helpers/resources";
import { seedFixture, sessionCookie } from "./helpers/fixtures";

let editor: { cookie: string };
const work = mkdtempSync(path.join(tmpdir(), "s3-media-test-"));
const serve = (key: string) => mediaRoute(new Request(`http://localhost/media/${key}`), { params: Promise.resolve({ path: key.split("/") }) });
const keys = async (store = mediaStore()) => {
  const out: string[] = [];
  for await (const k of store.list()) out.push(k);
  return out.sort();
};

beforeAll(async () => {
  const fx = await seedFixture();
  editor = { cookie: await sessionCookie(fx.users.editor.id) };
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("media on S3", () => {
  it("stores an upload's original and every variant in the bucket, and the media route serves them", async () => {
    expect(env.MEDIA_STORE).toBe("s3");
    const up = await res.upload(editor, await pngBlob(1400), { alt: "A wide square" });
    expect(up.status).toBe(201);
    const { media } = await up.json();
    const row = await db.media.findUniqueOrThrow({ where: { id: media.id } });
    const variants = JSON.parse(row.variants) as { width: number; file: string }[];
    expect(variants.map((v) => v.width)).toEqual([320, 640, 960, 1280, 1400]);
    expect(await keys()).toEqual(variants.map((v) => v.file).sort());

    for (const v of variants) {
      const served = await serve(v.file);
      expect(served.status).toBe(200);
      expect(served.headers.get("content-type")).toBe("image/webp");
      expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(v.width);
    }
    expect((await serve(row.file.replace(".webp", "-1.webp"))).status).toBe(404);
    expect((await serve("../../etc/passwd.png")).status).toBe(404);
  });

  it("deletes a file from the bucket, after which the media route answers 404", async () => {
    const [first] = await keys();
    await mediaStore().delete(first);
    expect(await keys()).not.toContain(first);
    expect((await serve(first)).status).toBe(404);
    await mediaStore().delete(first); // a missing file is not an error
  });


  it("export then import into another bucket carries every media file byte for byte", async () => {
    const file = path.join(work, "backup.tar.gz");
    const manifest = await exportBackup({ databaseUrl: env.DATABASE_URL, media: mediaStore(), file });
    const source = await keys();
    expect(manifest.mediaFiles).toBe(source.length);

    const target = s3MediaStore({
      bucket: s3.env.S3_BUCKET,
      region: "us-east-1",
      endpoint: s3.env.S3_ENDPOINT,
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
      forcePathStyle: true,
      prefix: "restored/",
    });
    const restoredDb = `file:${path.join(work, "restored.db")}`;
    await importBackup({ databaseUrl: restoredDb, media: target, file });
    expect(await keys(target)).toEqual(source);
    for (const k of source) expect((await target.get(k))?.equals((await mediaStore().get(k))!)).toBe(true);
  });

  it("answers 503 (retry), not 500 or 404, while the bucket is unreachable", async () => {
    const [key] = await keys();
    await s3.stop();
    const reply = await serve(key);
    expect(reply.status).toBe(503);
    expect(reply.headers.get("retry-after")).toBeTruthy();
  });
});
