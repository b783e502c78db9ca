// Auto mode (issue 21): a trusted source's new items go live without a desk
// review, through the same take() and workflow mutations an editor uses. They
// act as the editor or admin who turned auto mode on (stored on the source);
// that account's role is checked again here, so removing or demoting the
// person stops auto-publishing (items then wait in the queue, and the source
// says why). An embargoed item is taken as a draft and scheduled for the
// embargo time; a killed one is never taken.
import { db } from "../db";
import { atLeast, isRole, type Actor } from "../auth/roles";
import { AppError } from "../errors";
import { takeWireItem } from "../mutations/wire-items";
import { scheduleArticle } from "../mutations/article-workflow";
import { logger } from "../log";

/** Takes and publishes (or schedules) the given new items; answers a problem in plain words, or "". */
export async function autoPublish(source: { id: number; agency: string; autoPublishAsId: number | null }, itemIds: number[]): Promise<string> {
  if (itemIds.length === 0) return "";
  const user = source.autoPublishAsId === null ? null : await db.user.findUnique({ where: { id: source.autoPublishAsId }, select: { id: true, name: true, email: true, role: true, disabled: true } });
  if (!user || user.disabled || !isRole(user.role) || !atLeast(user.role, "editor")) {
    return "Auto mode is on but the account that turned it on can no longer publish: new items wait in the queue (save the source again in auto mode).";
  }
  const actor: Actor = { kind: "session", userId: user.id, name: user.name, email: user.email, role: user.role, authorId: null, credentialId: `wire-auto-${source.id}` };
  const ctx = { actor };
  const items = await db.wireItem.findMany({ where: { id: { in: itemIds }, status: "new", articleId: null }, select: { id: true, embargoUntil: true }, orderBy: { id: "asc" } });
  let problem = "";
  for (const item of items) {
    try {
      if (item.embargoUntil && item.embargoUntil > new Date()) {
        const draft = (await takeWireItem(ctx, item.id, {})) as { id: number; version: number };
        await scheduleArticle(ctx, draft.id, { publishAt: item.embargoUntil.toISOString(), version: draft.version });
      } else {
        await takeWireItem(ctx, item.id, { publish: true });
      }
    } catch (err) {
      if (!(err instanceof AppError)) logger.error({ err, itemId: item.id }, "wire auto-publish failed");
      problem ||= `Auto-publish of item ${item.id} failed: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300);
    }
  }
  return problem;
}
