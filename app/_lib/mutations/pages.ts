// Creating, editing, publishing, deleting and restoring publisher pages
// (about, contact, policies). Like articles: validate (zod) -> authorize ->
// one transaction with an optimistic version check and a revision -> after
// commit: revalidate the page's tags, write the audit log. Server actions and
// /api/admin/pages route handlers both call these.
import type { Prisma } from "@/app/_generated/prisma/client";
import { db } from "../db";
import { tags } from "../cache-tags";
import type { BodyDoc } from "../content/body";
import { AppError, forbidden, notFound, parseInput } from "../errors";
import { canManagePages } from "../pages/page-access";
import { createPageInput, pageActionInput, updatePageInput } from "../pages/page-input";
import { renderBody } from "./article-write";
import { auditWho, writeAudit } from "./audit";
import type { MutationContext } from "./context";
import { revalidateTags } from "./revalidate";

type Tx = Prisma.TransactionClient;

const rowSelect = {
  id: true,
  language: true,
  slug: true,
  title: true,
  summary: true,
  bodyJson: true,
  status: true,
  purpose: true,
  position: true,
  publishedAt: true,
  version: true,
} satisfies Prisma.PageSelect;
type Row = Prisma.PageGetPayload<{ select: typeof rowSelect }>;

export type PageSnapshot = Omit<Row, "bodyJson" | "publishedAt"> & { bodyJson: BodyDoc; publishedAt: string | null };

export const pageSnapshot = (row: Row): PageSnapshot => ({
  ...row,
  bodyJson: JSON.parse(row.bodyJson) as BodyDoc,
  publishedAt: row.publishedAt?.toISOString() ?? null,
});

export type PageEvent =
  "page.created" | "page.updated" | "page.published" | "page.unpublished" | "page.restored" | "page.deleted";

function authorize(ctx: MutationContext) {
  if (!canManagePages(ctx.actor))
    throw forbidden(`Your role (${ctx.actor.role}) may not manage the publisher's pages; editors and admins do.`);
}

/** One page per address and one page per purpose in each language: a clash is the editor's to fix (422 naming the field). */
async function checkUnique(
  tx: Tx,
  id: number | null,
  data: { language: string; slug: string; purpose: string | null },
) {
  const fields: Record<string, string> = {};
  const bySlug = await tx.page.findUnique({
    where: { language_slug: { language: data.language, slug: data.slug } },
    select: { id: true },
  });
  if (bySlug && bySlug.id !== id) fields.slug = `/${data.slug} is already a page`;
  if (data.purpose) {
    const byPurpose = await tx.page.findFirst({
      where: { language: data.language, purpose: data.purpose },
      select: { id: true, title: true },
    });
    if (byPurpose && byPurpose.id !== id) fields.purpose = `"${byPurpose.title}" already has this purpose`;
  }
  if (Object.keys(fields).length) throw new AppError(422, "invalid_fields", "Another page already uses this.", fields);
}

function staleError(current: Row, sent: unknown) {
  return new AppError(
    409,
    "stale_version",
    `Someone saved this page after you opened it (now version ${current.version}). Nothing was overwritten.`,
    { version: `Current version is ${current.version}` },
    { currentVersion: current.version, yourChanges: sent },
  );
}

/** Every tag that shows the page, before and after: the page itself, and the list (footer, sitemap, JSON-LD) when it is or was public. */
export function pageTags(before: PageSnapshot | null, after: PageSnapshot | null): string[] {
  const out: string[] = [];
  for (const s of [before, after]) {
    if (!s) continue;
    out.push(tags.page(s.language, s.slug));
    if (s.status === "published") out.push(tags.pages);
  }
  return [...new Set(out)];
}

async function afterPageWrite(
  ctx: MutationContext,
  event: PageEvent,
  before: PageSnapshot | null,
  after: PageSnapshot | null,
) {
  revalidateTags(pageTags(before, after));
  const s = (after ?? before)!;
  await writeAudit(auditWho(ctx.actor, ctx.ip), event, "page", s.id, {
    title: s.title,
    slug: s.slug,
    language: s.language,
    version: after?.version ?? null,
    status: after?.status ?? null,
    ...(before && after && before.slug !== after.slug ? { oldSlug: before.slug } : {}),
  });
}

const revisionData = (ctx: MutationContext, row: Row, note: string) => ({
  pageId: row.id,
  version: row.version,
  snapshot: JSON.stringify(pageSnapshot(row)),
  note,
  userId: ctx.actor.userId,
  userName: ctx.actor.name,
});

export async function createPage(ctx: MutationContext, input: unknown): Promise<PageSnapshot> {
  const data = parseInput(createPageInput, input);
  authorize(ctx);
  const { bodyHtml } = renderBody(data.bodyJson);
  const after = await db.$transaction(async (tx) => {
    await checkUnique(tx, null, data);
    const row = await tx.page.create({
      data: { ...data, bodyJson: JSON.stringify(data.bodyJson), bodyHtml, status: "draft" },
      select: rowSelect,
    });
    await tx.pageRevision.create({ data: revisionData(ctx, row, "Created") });
    return pageSnapshot(row);
  });
  await afterPageWrite(ctx, "page.created", null, after);
  return after;
}

type Change = { data: Prisma.PageUpdateManyMutationInput; note: string };

/** The shared body of every change to an existing page: 403 before 404 (only managers may even learn a page exists), then 409 on a stale version. */
async function changePage(
  ctx: MutationContext,
  id: number,
  event: PageEvent,
  expected: number | undefined,
  sent: unknown,
  change: (current: Row, tx: Tx) => Promise<Change> | Change,
) {
  authorize(ctx);
  const result = await db.$transaction(async (tx) => {
    const current = await tx.page.findUnique({ where: { id }, select: rowSelect });
    if (!current) throw notFound("Page");
    if (expected !== undefined && expected !== current.version) throw staleError(current, sent);
    const c = await change(current, tx);
    const updated = await tx.page.updateMany({
      where: { id, version: current.version },
      data: { ...c.data, version: { increment: 1 } },
    });
    // Another save got in between our read and this write.
    if (updated.count === 0) throw staleError((await tx.page.findUnique({ where: { id }, select: rowSelect }))!, sent);
    const row = (await tx.page.findUnique({ where: { id }, select: rowSelect }))!;
    await tx.pageRevision.create({ data: revisionData(ctx, row, c.note) });
    return { before: pageSnapshot(current), after: pageSnapshot(row) };
  });
  await afterPageWrite(ctx, event, result.before, result.after);
  return result.after;
}

export async function updatePage(ctx: MutationContext, id: number, input: unknown) {
  const { version, bodyJson, ...data } = parseInput(updatePageInput, input);
  const rendered = bodyJson ? renderBody(bodyJson) : null;
  return changePage(ctx, id, "page.updated", version, input, async (current, tx) => {
    const next = {
      language: data.language ?? current.language,
      slug: data.slug ?? current.slug,
      purpose: data.purpose === undefined ? current.purpose : data.purpose,
    };
    await checkUnique(tx, id, next);
    return {
      data: { ...data, ...(bodyJson ? { bodyJson: JSON.stringify(bodyJson), bodyHtml: rendered!.bodyHtml } : {}) },
      note: "Saved",
    };
  });
}

export async function publishPage(ctx: MutationContext, id: number, input: unknown = {}) {
  const { version } = parseInput(pageActionInput, input ?? {});
  return changePage(ctx, id, "page.published", version, input, (current) => ({
    // The first publication date stays: it is when the policy took effect.
    data: { status: "published", publishedAt: current.publishedAt ?? new Date() },
    note: "Published",
  }));
}

export async function unpublishPage(ctx: MutationContext, id: number, input: unknown = {}) {
  const { version } = parseInput(pageActionInput, input ?? {});
  return changePage(ctx, id, "page.unpublished", version, input, () => ({
    data: { status: "draft" },
    note: "Unpublished",
  }));
}

/** Brings back the words of an earlier revision as a new save; address, purpose and status stay as they are. */
export async function restorePageRevision(ctx: MutationContext, id: number, revisionId: number, input: unknown = {}) {
  const { version } = parseInput(pageActionInput, input ?? {});
  return changePage(ctx, id, "page.restored", version, input, async (current, tx) => {
    const revision = await tx.pageRevision.findFirst({
      where: { id: revisionId, pageId: id },
      select: { version: true, snapshot: true },
    });
    if (!revision) throw notFound("Revision");
    const s = JSON.parse(revision.snapshot) as Partial<PageSnapshot>;
    const body = s.bodyJson ?? (JSON.parse(current.bodyJson) as BodyDoc);
    return {
      data: {
        title: s.title ?? current.title,
        summary: s.summary ?? current.summary,
        bodyJson: JSON.stringify(body),
        bodyHtml: renderBody(body).bodyHtml,
      },
      note: `Restored version ${revision.version}`,
    };
  });
}

export async function deletePage(ctx: MutationContext, id: number, input: unknown = {}) {
  const { version } = parseInput(pageActionInput, input ?? {});
  authorize(ctx);
  const before = await db.$transaction(async (tx) => {
    const current = await tx.page.findUnique({ where: { id }, select: rowSelect });
    if (!current) throw notFound("Page");
    if (version !== undefined && version !== current.version) throw staleError(current, input);
    await tx.page.delete({ where: { id } });
    return pageSnapshot(current);
  });
  await afterPageWrite(ctx, "page.deleted", before, null);
  return { deleted: true, id };
}
