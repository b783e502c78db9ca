// An agency kill (ninjs pubstatus "canceled", a NewsML-G2 cancel/kill signal)
// for an item a story was made from: per the source's kill policy the story is
// unpublished through the article workflow, or only flagged for the desk. Both
// are in the audit log. The unpublish acts as "the wire desk" with the account
// that took the item (the article's creator): the admin who set the source's
// policy to "unpublish" authorised exactly this action.
import { db } from "../db";
import type { Actor } from "../auth/roles";
import { unpublishArticle } from "../mutations/article-workflow";
import { writeAudit } from "../mutations/audit";
import { logger } from "../log";

export async function applyKill(source: { id: number; agency: string; killPolicy: string }, itemId: number): Promise<void> {
  const item = await db.wireItem.findUnique({ where: { id: itemId }, select: { id: true, guid: true, articleId: true, correctionNote: true } });
  const article = item?.articleId
    ? await db.article.findUnique({ where: { id: item.articleId }, select: { id: true, status: true, version: true, createdById: true } })
    : null;
  const who = { userId: null, label: `wire desk (${source.agency} kill)` };
  if (!item || !article) {
    if (item) await writeAudit(who, "wire.item.killed", "wire_item", item.id, { guid: item.guid });
    return;
  }
  const live = article.status === "published" || article.status === "scheduled";
  let outcome = live ? "flagged" : "not live";
  if (live && source.killPolicy === "unpublish" && article.createdById !== null) {
    const user = await db.user.findUnique({ where: { id: article.createdById }, select: { id: true, name: true, email: true } });
    if (user) {
      const actor: Actor = { kind: "session", userId: user.id, name: "Wire desk", email: `wire desk (${source.agency} kill, item taken by ${user.email})`, role: "editor", authorId: null, credentialId: "wire-kill" };
      try {
        await unpublishArticle({ actor }, article.id, {});
        outcome = "unpublished";
      } catch (err) {
        logger.warn({ err, articleId: article.id }, "wire kill: unpublish failed; the story is flagged");
      }
    }
  }
  await writeAudit(who, "wire.item.killed", "wire_item", item.id, { guid: item.guid, articleId: article.id, story: outcome });
}
