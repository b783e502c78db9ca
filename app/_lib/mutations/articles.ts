// The article write path. Every operation goes:
//   validate (zod) -> authorize -> write (one transaction, optimistic version check)
//   -> after commit: revalidate tags, audit (and, later, webhooks).
// Server actions and /api/admin route handlers both call these functions.
import type { Prisma } from "@/app/_generated/prisma/client";
import { db } from "../db";
import { bodyText, renderBodyHtml, type BodyDoc } from "../content/body";
import { slugify } from "../content/slug";
import { articleFieldsSelect } from "../article-fields";
import { canOnArticle, type ArticleAction } from "../auth/roles";
import { PUBLIC_STATUSES } from "../domain";
import {
  createArticleInput,
  restoreInput,
  scheduleInput,
  updateArticleInput,
  workflowInput,
  type UpdateArticleInput,
} from "./article-input";
import { afterArticleWrite, type ArticleEvent, type ArticleSnapshot } from "./article-after-commit";
import type { MutationContext } from "./context";
import { announceDueGoLivesSafely } from "../webhooks/go-live";
import { forbidden, AppError, notFound, parseInput } from "@/app/_lib/errors";

type Tx = Prisma.TransactionClient;

const writeSelect = {
  ...articleFieldsSelect,
  topics: { orderBy: { position: "asc" }, select: { topicId: true } },
  authors: { orderBy: { position: "asc" }, select: { authorId: true } },
} satisfies Prisma.ArticleSelect;

type WriteRow = Prisma.ArticleGetPayload<{ select: typeof writeSelect }>;

function snapshotOf(row: WriteRow): ArticleSnapshot {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    bodyJson: JSON.parse(row.bodyJson) as BodyDoc,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    datelinePlace: row.datelinePlace,
    sourceAgency: row.sourceAgency,
    language: row.language,
    categoryId: row.categoryId,
    topicIds: row.topics.map((t) => t.topicId),
    authorIds: row.authors.map((a) => a.authorId),
    heroMediaId: row.heroMediaId,
    heroAlt: row.heroAlt,
    heroCaption: row.heroCaption,
    heroCredit: row.heroCredit,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    isBreaking: row.isBreaking,
    correctionNote: row.correctionNote,
    version: row.version,
  };
}

const ownership = (row: WriteRow) => ({
  createdById: row.createdById,
  authorIds: row.authors.map((a) => a.authorId),
  status: row.status,
  firstPublishedAt: row.firstPublishedAt,
});

const isLive = (status: string, publishedAt: Date | null, now = new Date()) =>
  PUBLIC_STATUSES.includes(status as (typeof PUBLIC_STATUSES)[number]) && publishedAt !== null && publishedAt <= now;

/** Renders the body for readers; an unknown node or mark type is the client's error (422), not ours. */
function renderBody(doc: BodyDoc): { bodyHtml: string; text: string } {
  try {
    return { bodyHtml: renderBodyHtml(doc), text: bodyText(doc) };
  } catch (err) {
    const detail = err instanceof Error ? err.message : "unreadable document";
    throw new AppError(422, "invalid_fields", "The body is not a document this editor can store.", { bodyJson: detail.slice(0, 200) });
  }
}

async function checkReferences(tx: Tx, data: { categoryId?: number; topicIds?: number[]; authorIds?: number[]; heroMediaId?: number | null }) {
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

async function uniqueSlug(tx: Tx, base: string): Promise<string> {
  const root = base || "story";
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await tx.article.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
  return `${root}-${Date.now()}`;
}

/** Keeps the status/publishedAt copies on the link tables equal to the article's. */
async function syncLinks(tx: Tx, articleId: number, status: string, publishedAt: Date | null, topicIds?: number[], authorIds?: number[]) {
  if (topicIds) {
    await tx.articleTopic.deleteMany({ where: { articleId } });
    await tx.articleTopic.createMany({ data: topicIds.map((topicId, position) => ({ articleId, topicId, position, status, publishedAt })) });
  } else {
    await tx.articleTopic.updateMany({ where: { articleId }, data: { status, publishedAt } });
  }
  if (authorIds) {
    await tx.articleAuthor.deleteMany({ where: { articleId } });
    await tx.articleAuthor.createMany({ data: authorIds.map((authorId, position) => ({ articleId, authorId, position, status, publishedAt })) });
  } else {
    await tx.articleAuthor.updateMany({ where: { articleId }, data: { status, publishedAt } });
  }
}

async function load(tx: Tx, id: number) {
  return tx.article.findUnique({ where: { id }, select: writeSelect });
}

function staleError(current: WriteRow, sent: unknown): AppError {
  return new AppError(
    409,
    "stale_version",
    `Someone saved this article after you opened it (now version ${current.version}). Nothing was overwritten: your text is below so you can merge it.`,
    { version: `Current version is ${current.version}` },
    { currentVersion: current.version, yourChanges: sent },
  );
}

// ---------------------------------------------------------------------------

export async function createArticle(ctx: MutationContext, input: unknown) {
  const data = parseInput(createArticleInput, input);
  if (!canOnArticle(ctx.actor, "create", null)) throw forbidden();
  const authorIds = data.authorIds ?? (ctx.actor.authorId ? [ctx.actor.authorId] : []);
  const { bodyHtml, text } = renderBody(data.bodyJson);

  const after = await db.$transaction(async (tx) => {
    await checkReferences(tx, { ...data, authorIds });
    let slug: string;
    if (data.slug) {
      if (await tx.article.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
        throw new AppError(422, "invalid_fields", "That slug is taken.", { slug: "Already used by another article" });
      }
      slug = data.slug;
    } else {
      slug = await uniqueSlug(tx, slugify(data.title));
    }
    const created = await tx.article.create({
      data: {
        slug,
        title: data.title,
        standfirst: data.standfirst,
        bodyJson: JSON.stringify(data.bodyJson),
        bodyHtml,
        searchText: [data.title, data.standfirst, text].join("\n"),
        status: "draft",
        datelinePlace: data.datelinePlace,
        sourceAgency: data.sourceAgency,
        language: data.language,
        categoryId: data.categoryId,
        heroMediaId: data.heroMediaId,
        heroAlt: data.heroAlt,
        heroCaption: data.heroCaption,
        heroCredit: data.heroCredit,
        seoTitle: data.seoTitle,
        seoDescription: data.seoDescription,
        isBreaking: data.isBreaking,
        correctionNote: data.correctionNote,
        createdById: ctx.actor.userId,
      },
      select: { id: true },
    });
    await syncLinks(tx, created.id, "draft", null, data.topicIds, authorIds);
    const row = (await load(tx, created.id))!;
    const snap = snapshotOf(row);
    await tx.revision.create({ data: { articleId: row.id, version: row.version, snapshot: JSON.stringify(snap), note: "Created", userId: ctx.actor.userId } });
    return snap;
  });

  await afterArticleWrite(ctx, "article.created", null, after);
  return after;
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
async function changeArticle(
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
    await syncLinks(tx, id, c.status, c.publishedAt, c.topicIds, c.authorIds);

    const row = (await load(tx, id))!;
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

export async function updateArticle(ctx: MutationContext, id: number, input: unknown) {
  const data: UpdateArticleInput = parseInput(updateArticleInput, input);
  const rendered = data.bodyJson ? renderBody(data.bodyJson) : null;
  return changeArticle(ctx, id, "update", "article.updated", data.version, input, async (current, tx) => {
    await checkReferences(tx, data);
    if (data.slug && data.slug !== current.slug && (await tx.article.findUnique({ where: { slug: data.slug }, select: { id: true } }))) {
      throw new AppError(422, "invalid_fields", "That slug is taken.", { slug: "Already used by another article" });
    }
    const title = data.title ?? current.title;
    const standfirst = data.standfirst ?? current.standfirst;
    const text = rendered ? rendered.text : bodyText(JSON.parse(current.bodyJson) as BodyDoc);
    const { version: _v, topicIds, authorIds, bodyJson, ...plain } = data;
    void _v;
    const contentChanged =
      (data.title !== undefined && data.title !== current.title) ||
      (data.standfirst !== undefined && data.standfirst !== current.standfirst) ||
      (bodyJson !== undefined && JSON.stringify(bodyJson) !== current.bodyJson) ||
      (data.correctionNote !== undefined && data.correctionNote !== current.correctionNote);
    return {
      data: {
        ...plain,
        ...(bodyJson ? { bodyJson: JSON.stringify(bodyJson), bodyHtml: rendered!.bodyHtml } : {}),
        searchText: [title, standfirst, text].join("\n"),
        // Readers see "Updated ..." when a live story's words change.
        ...(contentChanged && isLive(current.status, current.publishedAt) ? { contentUpdatedAt: new Date() } : {}),
      },
      status: current.status,
      publishedAt: current.publishedAt,
      topicIds,
      authorIds,
      note: "Saved",
    };
  });
}

function transitionError(message: string): AppError {
  return new AppError(422, "invalid_transition", message, { status: message });
}

export async function submitArticle(ctx: MutationContext, id: number, input: unknown = {}) {
  const { version } = parseInput(workflowInput, input ?? {});
  return changeArticle(ctx, id, "submit", "article.submitted", version, input, (current) => {
    if (current.status !== "draft") throw transitionError(`Only drafts can be submitted for review (this one is ${current.status}).`);
    return { data: {}, status: "review", publishedAt: current.publishedAt, note: "Submitted for review" };
  });
}

export async function publishArticle(ctx: MutationContext, id: number, input: unknown = {}) {
  const { version } = parseInput(workflowInput, input ?? {});
  return changeArticle(ctx, id, "publish", "article.published", version, input, (current) => {
    if (isLive(current.status, current.publishedAt) && current.status === "published") throw transitionError("This article is already published.");
    const now = new Date();
    // A story that was live before keeps its original time; a first publication is now.
    const publishedAt = current.firstPublishedAt ?? now;
    return {
      data: { firstPublishedAt: current.firstPublishedAt ?? now, ...(current.firstPublishedAt ? { contentUpdatedAt: now } : {}) },
      status: "published",
      publishedAt,
      note: "Published",
    };
  });
}

export async function scheduleArticle(ctx: MutationContext, id: number, input: unknown) {
  const data = parseInput(scheduleInput, input);
  const at = new Date(data.publishAt);
  if (at.getTime() <= Date.now()) {
    throw new AppError(422, "invalid_fields", "A schedule must be in the future; use Publish now instead.", { publishAt: "Must be in the future" });
  }
  return changeArticle(ctx, id, "schedule", "article.scheduled", data.version, input, () => ({
    // A new go-live to announce when it comes.
    data: { goLiveAnnouncedAt: null },
    status: "scheduled",
    publishedAt: at,
    note: `Scheduled for ${at.toISOString()}`,
  }));
}

export async function unpublishArticle(ctx: MutationContext, id: number, input: unknown = {}) {
  const { version } = parseInput(workflowInput, input ?? {});
  return changeArticle(ctx, id, "unpublish", "article.unpublished", version, input, (current) => {
    if (current.status !== "published" && current.status !== "scheduled") throw transitionError("Only published or scheduled articles can be unpublished.");
    return { data: {}, status: "draft", publishedAt: current.publishedAt, note: "Unpublished" };
  });
}

export async function archiveArticle(ctx: MutationContext, id: number, input: unknown = {}) {
  const { version } = parseInput(workflowInput, input ?? {});
  return changeArticle(ctx, id, "archive", "article.archived", version, input, (current) => {
    if (current.status === "archived") throw transitionError("This article is already archived.");
    return { data: {}, status: "archived", publishedAt: current.publishedAt, note: "Archived" };
  });
}

/** Brings back the words and settings of an earlier revision as a new save (history is never rewritten). */
export async function restoreRevision(ctx: MutationContext, id: number, revisionId: number, input: unknown = {}) {
  const { version } = parseInput(restoreInput, input ?? {});
  return changeArticle(ctx, id, "restore", "article.updated", version, input, async (current, tx) => {
    const revision = await tx.revision.findFirst({ where: { id: revisionId, articleId: id }, select: { version: true, snapshot: true } });
    if (!revision) throw notFound("Revision");
    const s = JSON.parse(revision.snapshot) as Partial<ArticleSnapshot>;
    const body = (s.bodyJson ?? JSON.parse(current.bodyJson)) as BodyDoc;
    const { bodyHtml, text } = renderBody(body);
    // Topics, bylines and images deleted since then are left out rather than failing the restore.
    const topicIds = s.topicIds ? (await tx.topic.findMany({ where: { id: { in: s.topicIds } }, select: { id: true } })).map((t) => t.id) : undefined;
    const authorIds = s.authorIds ? (await tx.author.findMany({ where: { id: { in: s.authorIds } }, select: { id: true } })).map((a) => a.id) : undefined;
    const orderedTopics = topicIds && s.topicIds!.filter((t) => topicIds.includes(t));
    const orderedAuthors = authorIds && s.authorIds!.filter((a) => authorIds.includes(a));
    const categoryOk = s.categoryId !== undefined && (await tx.category.findUnique({ where: { id: s.categoryId }, select: { id: true } }));
    const heroOk = s.heroMediaId ? await tx.media.findUnique({ where: { id: s.heroMediaId }, select: { id: true } }) : true;
    const title = s.title ?? current.title;
    const standfirst = s.standfirst ?? current.standfirst;
    return {
      data: {
        title,
        standfirst,
        bodyJson: JSON.stringify(body),
        bodyHtml,
        searchText: [title, standfirst, text].join("\n"),
        datelinePlace: s.datelinePlace ?? current.datelinePlace,
        sourceAgency: s.sourceAgency ?? current.sourceAgency,
        language: s.language ?? current.language,
        ...(categoryOk ? { categoryId: s.categoryId } : {}),
        heroMediaId: heroOk ? (s.heroMediaId ?? null) : null,
        heroAlt: s.heroAlt ?? current.heroAlt,
        heroCaption: s.heroCaption ?? current.heroCaption,
        heroCredit: s.heroCredit ?? current.heroCredit,
        seoTitle: s.seoTitle ?? current.seoTitle,
        seoDescription: s.seoDescription ?? current.seoDescription,
        isBreaking: s.isBreaking ?? current.isBreaking,
        correctionNote: s.correctionNote ?? current.correctionNote,
        ...(isLive(current.status, current.publishedAt) ? { contentUpdatedAt: new Date() } : {}),
      },
      status: current.status,
      publishedAt: current.publishedAt,
      topicIds: orderedTopics,
      authorIds: orderedAuthors,
      note: `Restored version ${revision.version}`,
    };
  });
}

export async function deleteArticle(ctx: MutationContext, id: number, input: unknown = {}) {
  const { version } = parseInput(workflowInput, input ?? {});
  await announceDueGoLivesSafely();
  const before = await db.$transaction(async (tx) => {
    const current = await load(tx, id);
    if (!current || !canOnArticle(ctx.actor, "view", ownership(current))) throw notFound("Article");
    if (!canOnArticle(ctx.actor, "delete", ownership(current))) throw forbidden(`Your role (${ctx.actor.role}) may not delete this article.`);
    if (version !== undefined && version !== current.version) throw staleError(current, input);
    await tx.article.delete({ where: { id } });
    return snapshotOf(current);
  });
  await afterArticleWrite(ctx, "article.deleted", before, null);
  return { deleted: true, id };
}
