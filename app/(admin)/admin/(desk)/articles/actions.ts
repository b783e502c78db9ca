"use server";
// Server actions of the article editor. Each calls the same mutation as the
// /api/admin route handler and returns a plain result the editor can show.
import { getActor, requestIp } from "@/app/_lib/auth/server";
import { createArticle, deleteArticle, updateArticle } from "@/app/_lib/mutations/articles";
import { archiveArticle, publishArticle, scheduleArticle, submitArticle, unpublishArticle } from "@/app/_lib/mutations/article-workflow";
import { restoreRevision } from "@/app/_lib/mutations/article-restore";
import { AppError } from "@/app/_lib/errors";
import { createTopic } from "@/app/_lib/mutations/taxonomy";
import { getAdminArticle, type AdminArticle } from "@/app/_lib/queries/admin/articles";

export type ActionError = { status: number; code: string; message: string; fields: Record<string, string>; currentVersion?: number };
export type ArticleResult = { ok: true; article: AdminArticle } | { ok: false; error: ActionError };

async function context() {
  const actor = await getActor();
  if (!actor) throw new AppError(401, "unauthenticated", "Your session has ended: log in again in another tab, then retry (your text is still here).");
  return { actor, ip: await requestIp() };
}

function failure(err: unknown): { ok: false; error: ActionError } {
  if (err instanceof AppError) {
    const currentVersion = typeof err.extra.currentVersion === "number" ? err.extra.currentVersion : undefined;
    return { ok: false, error: { status: err.status, code: err.code, message: err.message, fields: err.fields, currentVersion } };
  }
  throw err;
}

async function done(ctx: Awaited<ReturnType<typeof context>>, id: number): Promise<ArticleResult> {
  const article = await getAdminArticle(ctx.actor, id);
  if (!article) return { ok: false, error: { status: 404, code: "not_found", message: "Article not found.", fields: {} } };
  return { ok: true, article };
}

export async function saveArticleAction(id: number | null, input: Record<string, unknown>): Promise<ArticleResult> {
  try {
    const ctx = await context();
    if (id === null) {
      const created = await createArticle(ctx, input);
      return done(ctx, created.id);
    }
    await updateArticle(ctx, id, input);
    return done(ctx, id);
  } catch (err) {
    return failure(err);
  }
}

export type WorkflowAction = "submit" | "publish" | "unpublish" | "archive" | "schedule" | "delete";

export async function workflowAction(id: number, action: WorkflowAction, input: Record<string, unknown>): Promise<ArticleResult | { ok: true; deleted: true }> {
  try {
    const ctx = await context();
    switch (action) {
      case "submit":
        await submitArticle(ctx, id, input);
        break;
      case "publish":
        await publishArticle(ctx, id, input);
        break;
      case "unpublish":
        await unpublishArticle(ctx, id, input);
        break;
      case "archive":
        await archiveArticle(ctx, id, input);
        break;
      case "schedule":
        await scheduleArticle(ctx, id, input);
        break;
      case "delete":
        await deleteArticle(ctx, id, input);
        return { ok: true, deleted: true };
    }
    return done(ctx, id);
  } catch (err) {
    return failure(err);
  }
}

export async function restoreRevisionAction(id: number, revisionId: number): Promise<ArticleResult> {
  try {
    const ctx = await context();
    await restoreRevision(ctx, id, revisionId, {});
    return done(ctx, id);
  } catch (err) {
    return failure(err);
  }
}

export async function createTopicAction(name: string): Promise<{ ok: true; topic: { id: number; name: string; slug: string } } | { ok: false; error: ActionError }> {
  try {
    const ctx = await context();
    const topic = await createTopic(ctx, { name });
    return { ok: true, topic: { id: topic.id, name: topic.name, slug: topic.slug } };
  } catch (err) {
    return failure(err);
  }
}
