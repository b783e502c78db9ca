// The media library as the newsroom sees it.
import "server-only";
import { db } from "../../db";
import { can, type Actor } from "../../auth/roles";
import { AppError } from "@/app/_lib/errors";
import { mediaUrl, type ImageVariant } from "../shapes";
import { containsText } from "../text-filter";

export const MEDIA_PAGE_SIZE = 40;

const select = {
  id: true,
  file: true,
  mimeType: true,
  width: true,
  height: true,
  sizeBytes: true,
  alt: true,
  caption: true,
  credit: true,
  variants: true,
  createdAt: true,
  uploadedBy: { select: { name: true } },
} as const;

type Row = { id: number; file: string; mimeType: string; width: number; height: number; sizeBytes: number; alt: string; caption: string; credit: string; variants: string; createdAt: Date; uploadedBy: { name: string } | null };

export type AdminMedia = ReturnType<typeof shape>;

function shape(r: Row) {
  const variants = JSON.parse(r.variants) as ImageVariant[];
  return {
    id: r.id,
    src: mediaUrl(r.file),
    thumb: mediaUrl(variants[0]?.file ?? r.file),
    mimeType: r.mimeType,
    width: r.width,
    height: r.height,
    sizeBytes: r.sizeBytes,
    alt: r.alt,
    caption: r.caption,
    credit: r.credit,
    variants,
    createdAt: r.createdAt.toISOString(),
    uploadedBy: r.uploadedBy?.name ?? null,
  };
}

function mayView(actor: Actor) {
  if (!can(actor, "media.view")) throw new AppError(403, "forbidden", "Not allowed.");
}

export async function listAdminMedia(actor: Actor, opts: { page?: number; q?: string } = {}) {
  mayView(actor);
  const page = Math.max(1, opts.page ?? 1);
  const where = opts.q ? { OR: [{ alt: containsText(opts.q) }, { caption: containsText(opts.q) }, { credit: containsText(opts.q) }] } : {};
  const [total, rows] = await Promise.all([
    db.media.count({ where }),
    db.media.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * MEDIA_PAGE_SIZE, take: MEDIA_PAGE_SIZE, select }),
  ]);
  return { media: rows.map(shape), total, page, totalPages: Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE)) };
}

export async function getAdminMedia(actor: Actor, id: number) {
  mayView(actor);
  const row = await db.media.findUnique({ where: { id }, select });
  return row ? shape(row) : null;
}
