"use server";
// Server actions of the page editor. Each calls the same mutation as the
// /api/admin/pages route handlers and returns a plain result the editor shows.
import { getActor, requestIp } from "@/app/_lib/auth/server";
import { AppError } from "@/app/_lib/errors";
import {
  createPage,
  deletePage,
  publishPage,
  restorePageRevision,
  unpublishPage,
  updatePage,
} from "@/app/_lib/mutations/pages";
import { getAdminPage, type AdminPage } from "@/app/_lib/queries/admin/pages";

export type PageActionError = {
  status: number;
  code: string;
  message: string;
  fields: Record<string, string>;
  currentVersion?: number;
};
export type PageResult = { ok: true; page: AdminPage } | { ok: false; error: PageActionError };

async function context() {
  const actor = await getActor();
  if (!actor)
    throw new AppError(
      401,
      "unauthenticated",
      "Your session has ended: log in again in another tab, then retry (your text is still here).",
    );
  return { actor, ip: await requestIp() };
}

function failure(err: unknown): { ok: false; error: PageActionError } {
  if (err instanceof AppError) {
    const currentVersion = typeof err.extra.currentVersion === "number" ? err.extra.currentVersion : undefined;
    return {
      ok: false,
      error: { status: err.status, code: err.code, message: err.message, fields: err.fields, currentVersion },
    };
  }
  throw err;
}

async function done(ctx: Awaited<ReturnType<typeof context>>, id: number): Promise<PageResult> {
  const page = await getAdminPage(ctx.actor, id);
  if (!page) return { ok: false, error: { status: 404, code: "not_found", message: "Page not found.", fields: {} } };
  return { ok: true, page };
}

export async function savePageAction(id: number | null, input: Record<string, unknown>): Promise<PageResult> {
  try {
    const ctx = await context();
    if (id === null) return done(ctx, (await createPage(ctx, input)).id);
    await updatePage(ctx, id, input);
    return done(ctx, id);
  } catch (err) {
    return failure(err);
  }
}

export type PageWorkflow = "publish" | "unpublish" | "delete";

export async function pageWorkflowAction(
  id: number,
  action: PageWorkflow,
  version: number,
): Promise<PageResult | { ok: true; deleted: true }> {
  try {
    const ctx = await context();
    if (action === "delete") {
      await deletePage(ctx, id, { version });
      return { ok: true, deleted: true };
    }
    await (action === "publish" ? publishPage : unpublishPage)(ctx, id, { version });
    return done(ctx, id);
  } catch (err) {
    return failure(err);
  }
}

export async function restorePageRevisionAction(id: number, revisionId: number): Promise<PageResult> {
  try {
    const ctx = await context();
    await restorePageRevision(ctx, id, revisionId);
    return done(ctx, id);
  } catch (err) {
    return failure(err);
  }
}
