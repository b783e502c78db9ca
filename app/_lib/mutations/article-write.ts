// The shared body of every change to an existing article (update, workflow,
// restore, delete): load, check, write in one transaction with an optimistic
// version check, keep links, revision and redirects in step, then the
// after-commit work (article-after-commit.ts).
import { syncTranslationLanguage } from "./translations";
import type { Language } from "../domain";
import type { Prisma } from "@/app/_generated/prisma/client";
import { db } from "../db";
import { bodyText, renderBodyHtml, type BodyDoc } from "../content/body";
import { articleFieldsSelect, pickColumns, type ArticleSnapshot } from "../article-fields";
import { canOnArticle, type ArticleAction } from "../auth/roles";
import { PUBLIC_STATUSES } from "../domain";
import { afterArticleWrite, type ArticleEvent } from "./article-after-commit";
import type { MutationContext } from "./context";
import { announceDueGoLivesSafely } from "../webhooks/go-live";
import { forbidden, AppError, notFound } from "@/app/_lib/errors";

export type Tx = Prisma.TransactionClient;

const writeSelect = {
  ...articleFieldsSelect,
  topics: { orderBy: { position: "asc" }, select: { topicId: true } },
  authors: { orderBy: { position: "asc" }, select: { authorId: true } },
} satisfies Prisma.ArticleSelect;

export type WriteRow = Prisma.ArticleGetPayload<{ select: typeof writeSelect }>;

export function snapshotOf(row: WriteRow): ArticleSnapshot {
  return {
    ...pickColumns(row as WriteRow & { language: ArticleSnapshot["language"] }),
    id: row.id,
    bodyJson: JSON.parse(row.bodyJson) as BodyDoc,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    topicIds: row.topics.map((t) => t.topicId),
    authorIds: row.authors.map((a) => a.authorId),
    version: row.version,
  };
}

export const ownership = (row: WriteRow) => ({
  createdById: row.createdById,
  authorIds: row.authors.map((a) => a.authorId),
  status: row.status,
  firstPublishedAt: row.firstPublishedAt,
});

export const isLive = (status: string, publishedAt: Date | null, now = new Date()) =>
  PUBLIC_STATUSES.includes(status as (typeof PUBLIC_STATUSES)[number]) && publishedAt !== null && publishedAt <= now;

/** Renders the body for readers; an unknown node or mark type is the client's error (422), not ours. */
export function renderBody(doc: BodyDoc): { bodyHtml: string; text: string } {
  try {
    return { bodyHtml: renderBodyHtml(doc), text: bodyText(doc) };
  } catch (err) {
    const detail = err instanceof Error ? err.message : "unreadable document";
    throw new AppError(422, "invalid_fields", "The body is not a document this editor can store.", { bodyJson: detail.slice(0, 200) });
  }
}

export async function checkReferences(tx: Tx, data: { categoryId?: number; topicIds?: number[]; authorIds?: number[]; heroMediaId?: number | null }) {
  const fields: Record<string, string> = {};
  if (data.categoryId !== undefined && !(await tx.category.findUnique({ where: { id: data.categoryId }, select: { id: true } }))) {
    fields.categoryId = "No such category";
  }
  if (data.topicIds?.length) {
    const found = new Set((await tx.topic.findMany({ where: { id: { in: data.topicIds } }, select: { id: true } })).map((t) => t.id));
    data.topicIds.forEach((id, i) => {
      if (!found.has(id)) fields[`topicIds.${i}`] = "No such topic";
    });
  }
  if (data.authorIds?.length) {
    const found = new Set((await tx.author.findMany({ where: { id: { in: data.authorIds } }, select: { id: true } })).map((a) => a.id));
    data.authorIds.forEach((id, i) => {
      if (!found.has(id)) fields[`authorIds.${i}`] = "No such author";
    });
  }
  if (data.heroMediaId && !(await tx.media.findUnique({ where: { id: data.heroMediaId }, select: { id: true } }))) {
    fields.heroMediaId = "No such image in the media library";
  }
  if (Object.keys(fields).length) throw new AppError(422, "invalid_fields", "Some fields refer to things that do not exist.", fields);
}

export async function uniqueSlug(tx: Tx, base: string): Promise<string> {
  const root = base || "story";
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await tx.article.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
  return `${root}-${Date.now()}`;
}

/** The article's columns the link tables keep a copy of (listings read the links alone). */
export type LinkCopy = { status: string; publishedAt: Date | null; language: string };

/** Keeps the status/publishedAt/language copies on the link tables equal to the article's. */
export async function syncLinks(tx: Tx, articleId: number, copy: LinkCopy, topicIds?: number[], authorIds?: number[]) {
  const { status, publishedAt, language } = copy;
  if (topicIds) {
    await tx.articleTopic.deleteMany({ where: { articleId } });
    await tx.articleTopic.createMany({ data: topicIds.map((topicId, position) => ({ articleId, topicId, position, status, publishedAt, language })) });
  } else {
    await tx.articleTopic.updateMany({ where: { articleId }, data: { status, publishedAt, language } });
  }
  if (authorIds) {
    await tx.articleAuthor.deleteMany({ where: { articleId } });
    await tx.articleAuthor.createMany({ data: authorIds.map((authorId, position) => ({ articleId, authorId, position, status, publishedAt, language })) });
  } else {
    await tx.articleAuthor.updateMany({ where: { articleId }, data: { status, publishedAt, language } });
  }
}

export async function load(tx: Tx, id: number) {
  return tx.article.findUnique({ where: { id }, select: writeSelect });
}

export function staleError(current: WriteRow, sent: unknown): AppError {
  return new AppError(
    409,
    "stale_version",
    `Someone saved this article after you opened it (now version ${current.version}). Nothing was overwritten: your text is below so you can merge it.`,
    { version: `Current version is ${current.version}` },
    { currentVersion: current.version, yourChanges: sent },
  );
}

type Change = {
  data: Prisma.ArticleUpdateManyMutationInput;
  status: string;
  publishedAt: Date | null;
  topicIds?: number[];
  authorIds?: number[];
  note: string;
};

/**
 * The shared body of every change to an existing article: load, check visibility (404),
 * permission (403) and version (409), apply `change` in one transaction, keep links,
 * revision and redirects in step, then run the after-commit work.
 */
export async function changeArticle(
  ctx: MutationContext,
  id: number,
  action: ArticleAction,
  event: ArticleEvent,
  expectedVersion: number | undefined,
  sent: unknown,
  change: (current: WriteRow, tx: Tx) => Promise<Change> | Change,
) {
  // A scheduled story that went live unannounced gets its "published" webhook
  // before whatever this write sends ("updated", "unpublished").
  await announceDueGoLivesSafely();
  const result = await db.$transaction(async (tx) => {
    const current = await load(tx, id);
    if (!current || !canOnArticle(ctx.actor, "view", ownership(current))) throw notFound("Article");
    if (!canOnArticle(ctx.actor, action, ownership(current))) throw forbidden(`Your role (${ctx.actor.role}) may not ${action} this article.`);
    if (expectedVersion !== undefined && expectedVersion !== current.version) throw staleError(current, sent);

    const c = await change(current, tx);
    const updated = await tx.article.updateMany({
      where: { id, version: current.version },
      data: { ...c.data, status: c.status, publishedAt: c.publishedAt, version: { increment: 1 } },
    });
    // Another transaction got in between our read and this write.
    if (updated.count === 0) throw staleError((await load(tx, id))!, sent);
    // The change may set the language (an edit, a restore): the links copy what the row now says.
    const { language } = await tx.article.findUniqueOrThrow({ where: { id }, select: { language: true } });
    await syncLinks(tx, id, { status: c.status, publishedAt: c.publishedAt, language }, c.topicIds, c.authorIds);

    const row = (await load(tx, id))!;
    // Edits and restores may change the language: the translation group follows (or refuses, 409).
    if (row.language !== current.language) await syncTranslationLanguage(tx, id, row.language as Language);
    const before = snapshotOf(current);
    const after = snapshotOf(row);
    await tx.revision.create({ data: { articleId: id, version: row.version, snapshot: JSON.stringify(after), note: c.note, userId: ctx.actor.userId } });

    if (before.slug !== after.slug) {
      // The new address is the article now: drop any redirect that would shadow it.
      await tx.redirect.deleteMany({ where: { fromPath: `/news/${after.slug}` } });
      if (current.firstPublishedAt || isLive(current.status, current.publishedAt)) {
        const from = `/news/${before.slug}`;
        const to = `/news/${after.slug}`;
        // Older addresses of this article jump straight to the newest one (no chains).
        await tx.redirect.updateMany({ where: { toPath: from }, data: { toPath: to } });
        await tx.redirect.upsert({ where: { fromPath: from }, update: { toPath: to, statusCode: 301 }, create: { fromPath: from, toPath: to, statusCode: 301 } });
      }
    }
    return { before, after };
  });

  await afterArticleWrite(ctx, event, result.before, result.after);
  return result.after;
}

