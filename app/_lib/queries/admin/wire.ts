// Newsroom reads of the wire desk: never cached. Sources (with health) for
// editors and up; the queue for everyone who may write (contributor and up).
import "server-only";
import { z } from "zod";
import type { Prisma } from "@/app/_generated/prisma/client";
import { db } from "../../db";
import type { Actor } from "../../auth/roles";
import { forbidden, parseInput } from "../../errors";
import { canManageWire, shapeSource, sourceSelect } from "../../mutations/wire-sources";
import { containsText } from "../text-filter";

export const WIRE_PAGE_SIZE = 50;
const DAY_MS = 86_400_000;

export async function listWireSources(actor: Actor) {
  if (!canManageWire(actor)) throw forbidden("Only editors and admins manage wire sources.");
  const since = new Date(Date.now() - DAY_MS);
  const [rows, taken] = await Promise.all([
    db.wireSource.findMany({ orderBy: { name: "asc" }, select: sourceSelect }),
    db.wireItem.groupBy({ by: ["sourceId"], where: { status: "taken", updatedAt: { gte: since } }, _count: { _all: true } }),
  ]);
  const takenBy = new Map(taken.map((t) => [t.sourceId, t._count._all]));
  return { data: rows.map((r) => ({ ...shapeSource(r), takenLast24h: takenBy.get(r.id) ?? 0 })) };
}

/** Names for the queue's source filter (every newsroom role reads the queue). */
export const listWireSourceNames = () => db.wireSource.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });

export const wireItemFilters = z.strictObject({
  sourceId: z.coerce.number().int().positive().optional(),
  language: z.string().max(8).optional(),
  status: z.enum(["new", "taken", "ignored", "killed"]).optional(),
  urgency: z.coerce.number().int().min(1).max(9).optional(),
  q: z.string().trim().max(200).optional(),
  // A near-duplicate group: the items the desk sees as one story.
  group: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

const itemSelect = {
  id: true, sourceId: true, guid: true, status: true, title: true, standfirst: true, bodyHtml: true, datelinePlace: true, agency: true, byline: true,
  keywords: true, urgency: true, language: true, originalUrl: true, versionAt: true, embargoUntil: true, pubStatus: true, correctionNote: true,
  articleId: true, updatePending: true, dupGroupId: true, revisions: true, receivedAt: true, source: { select: { name: true, agency: true, categoryId: true } },
} satisfies Prisma.WireItemSelect;

export async function listWireItems(actor: Actor, query: Record<string, string>) {
  void actor; // every newsroom role may read the queue (they may all take copy as a draft)
  const f = parseInput(wireItemFilters, query);
  const where: Prisma.WireItemWhereInput = {
    ...(f.sourceId ? { sourceId: f.sourceId } : {}),
    ...(f.language ? { language: f.language } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.urgency ? { urgency: { lte: f.urgency } } : {}),
    ...(f.q ? { searchText: containsText(f.q) } : {}),
    ...(f.group ? { dupGroupId: f.group } : {}),
  };
  const [rows, total] = await Promise.all([
    db.wireItem.findMany({ where, orderBy: [{ receivedAt: "desc" }, { id: "desc" }], skip: (f.page - 1) * WIRE_PAGE_SIZE, take: WIRE_PAGE_SIZE, select: itemSelect }),
    db.wireItem.count({ where }),
  ]);
  const groups = [...new Set(rows.map((r) => r.dupGroupId).filter((g): g is number => g !== null))];
  const sizes = groups.length ? await db.wireItem.groupBy({ by: ["dupGroupId"], where: { dupGroupId: { in: groups } }, _count: { _all: true } }) : [];
  const size = new Map(sizes.map((g) => [g.dupGroupId, g._count._all]));
  const now = Date.now();
  return {
    data: rows.map((r) => ({
      ...r,
      keywords: JSON.parse(r.keywords) as string[],
      embargoed: !!r.embargoUntil && r.embargoUntil.getTime() > now,
      // How many items (this one included) tell the same story.
      groupSize: r.dupGroupId === null ? 1 : (size.get(r.dupGroupId) ?? 1),
    })),
    page: f.page, pageSize: WIRE_PAGE_SIZE, total };
}
