// Newsroom reads of publisher pages: never cached, editors and admins only
// (a 403 for anyone else, as every admin read checks on the server).
import "server-only";
import { db } from "../../db";
import type { Actor } from "../../auth/roles";
import type { BodyDoc } from "../../content/body";
import { forbidden } from "../../errors";
import { canManagePages } from "../../pages/page-access";
import type { PagePurpose, PageStatus } from "../../pages/page-paths";

const guard = (actor: Actor) => {
  if (!canManagePages(actor))
    throw forbidden(`Your role (${actor.role}) may not manage the publisher's pages; editors and admins do.`);
};

const listSelect = {
  id: true,
  language: true,
  slug: true,
  title: true,
  status: true,
  purpose: true,
  position: true,
  version: true,
  updatedAt: true,
} as const;

export type AdminPageRow = {
  id: number;
  language: string;
  slug: string;
  title: string;
  status: PageStatus;
  purpose: PagePurpose | null;
  position: number;
  version: number;
  updatedAt: string;
};

export async function listAdminPages(actor: Actor): Promise<AdminPageRow[]> {
  guard(actor);
  const rows = await db.page.findMany({
    orderBy: [{ language: "asc" }, { position: "asc" }, { title: "asc" }],
    select: listSelect,
  });
  return rows.map((r) => ({
    ...r,
    status: r.status as PageStatus,
    purpose: r.purpose as PagePurpose | null,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export type AdminPage = AdminPageRow & {
  summary: string;
  bodyJson: BodyDoc;
  publishedAt: string | null;
  createdAt: string;
};

export async function getAdminPage(actor: Actor, id: number): Promise<AdminPage | null> {
  guard(actor);
  const row = await db.page.findUnique({
    where: { id },
    select: { ...listSelect, summary: true, bodyJson: true, publishedAt: true, createdAt: true },
  });
  if (!row) return null;
  return {
    ...row,
    status: row.status as PageStatus,
    purpose: row.purpose as PagePurpose | null,
    bodyJson: JSON.parse(row.bodyJson) as BodyDoc,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type PageRevisionRow = { id: number; version: number; note: string; user: string; createdAt: string };

/** The page's history, newest first; null when there is no such page. */
export async function listPageRevisions(actor: Actor, pageId: number): Promise<PageRevisionRow[] | null> {
  guard(actor);
  if (!(await db.page.findUnique({ where: { id: pageId }, select: { id: true } }))) return null;
  const rows = await db.pageRevision.findMany({
    where: { pageId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, version: true, note: true, userName: true, createdAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    note: r.note,
    user: r.userName,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function getPageRevision(actor: Actor, pageId: number, revisionId: number) {
  guard(actor);
  const row = await db.pageRevision.findFirst({
    where: { id: revisionId, pageId },
    select: { id: true, version: true, snapshot: true },
  });
  return row
    ? { id: row.id, version: row.version, snapshot: JSON.parse(row.snapshot) as Record<string, unknown> }
    : null;
}
