// Creating, editing and deleting an article. Every operation goes:
//   validate (zod) -> authorize -> write (one transaction, optimistic version check)
//   -> after commit: revalidate tags, audit, webhooks.
// Server actions and /api/admin route handlers both call these functions; the
// workflow (submit, publish, schedule, ...) is in article-workflow.ts, restoring
// a revision in article-restore.ts.
import { db } from "../db";
import { bodyText, type BodyDoc } from "../content/body";
import { slugify } from "../content/slug";
import { pickColumns } from "../article-fields";
import { canOnArticle } from "../auth/roles";
import { createArticleInput, updateArticleInput, workflowInput, type UpdateArticleInput } from "./article-input";
import { afterArticleWrite } from "./article-after-commit";
import type { MutationContext } from "./context";
import { announceDueGoLivesSafely } from "../webhooks/go-live";
import { forbidden, AppError, notFound, parseInput } from "@/app/_lib/errors";
import { changeArticle, checkReferences, isLive, load, ownership, renderBody, snapshotOf, staleError, syncLinks, uniqueSlug } from "./article-write";

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
        ...pickColumns({ ...data, slug }),
        bodyJson: JSON.stringify(data.bodyJson),
        bodyHtml,
        searchText: [data.title, data.standfirst, text].join("\n"),
        status: "draft",
        createdById: ctx.actor.userId,
      },
      select: { id: true, language: true },
    });
    await syncLinks(tx, created.id, { status: "draft", publishedAt: null, language: created.language }, data.topicIds, authorIds);
    const row = (await load(tx, created.id))!;
    const snap = snapshotOf(row);
    await tx.revision.create({ data: { articleId: row.id, version: row.version, snapshot: JSON.stringify(snap), note: "Created", userId: ctx.actor.userId } });
    return snap;
  });

  await afterArticleWrite(ctx, "article.created", null, after);
  return after;
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
