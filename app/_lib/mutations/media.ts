// The media library: uploads go through the image pipeline (type checked by
// content, size limit, metadata stripped, resized WebP variants).
import { z } from "zod";
import { db } from "../db";
import { mediaStore } from "../media/media-store-from-env";
import { tags } from "../cache-tags";
import { can } from "../auth/roles";
import { ImageRejectedError, MAX_UPLOAD_BYTES, processImage } from "../media/process-image";
import { auditWho, writeAudit } from "./audit";
import type { MutationContext } from "./context";
import { forbidden, AppError, notFound, parseInput } from "@/app/_lib/errors";
import { revalidateTags } from "./revalidate";

const metaFields = {
  alt: z.string({ error: "Expected text" }).trim().max(300, "At most 300 characters"),
  caption: z.string({ error: "Expected text" }).trim().max(500, "At most 500 characters"),
  credit: z.string({ error: "Expected text" }).trim().max(200, "At most 200 characters"),
};
const uploadMeta = z.strictObject({ alt: metaFields.alt.default(""), caption: metaFields.caption.default(""), credit: metaFields.credit.default("") });
const updateMeta = z.strictObject({ alt: metaFields.alt.optional(), caption: metaFields.caption.optional(), credit: metaFields.credit.optional() });

export async function uploadMedia(ctx: MutationContext, file: { bytes: Buffer }, meta: unknown) {
  const data = parseInput(uploadMeta, meta);
  if (!can(ctx.actor, "media.upload")) throw forbidden();
  if (file.bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new AppError(413, "too_large", `Images must be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, { file: "Too large" });
  }
  let processed;
  try {
    processed = await processImage(file.bytes, mediaStore());
  } catch (err) {
    if (err instanceof ImageRejectedError) throw new AppError(422, "invalid_fields", err.message, { file: err.message });
    throw err;
  }
  const row = await db.media.upsert({
    // Same bytes, same file: a second upload of one image reuses its row.
    where: { file: processed.file },
    update: {},
    create: { ...processed, variants: JSON.stringify(processed.variants), ...data, uploadedById: ctx.actor.userId },
    select: { id: true },
  });
  await writeAudit(auditWho(ctx.actor, ctx.ip), "media.uploaded", "media", row.id, { file: processed.file });
  return row;
}

export async function updateMedia(ctx: MutationContext, id: number, input: unknown) {
  const data = parseInput(updateMeta, input);
  if (!can(ctx.actor, "media.write")) throw forbidden();
  if (!(await db.media.findUnique({ where: { id }, select: { id: true } }))) throw notFound("Image");
  await db.media.update({ where: { id }, data });
  revalidateTags([tags.media(id), tags.articles]);
  await writeAudit(auditWho(ctx.actor, ctx.ip), "media.updated", "media", id, data);
  return { id };
}

/** Removes the library entry; articles that used it as hero lose the image (set null), the files stay for cached pages. */
export async function deleteMedia(ctx: MutationContext, id: number) {
  if (!can(ctx.actor, "media.write")) throw forbidden();
  const row = await db.media.findUnique({ where: { id }, select: { id: true, file: true } });
  if (!row) throw notFound("Image");
  await db.media.delete({ where: { id } });
  revalidateTags([tags.media(id), tags.articles, tags.taxonomy]);
  await writeAudit(auditWho(ctx.actor, ctx.ip), "media.deleted", "media", id, { file: row.file });
  return { deleted: true, id };
}
