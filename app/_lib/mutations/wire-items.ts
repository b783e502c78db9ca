// Taking a wire item makes a story through the article mutations (never by
// writing Article rows here): a draft, or published at once for roles that may
// publish. The agency dateline becomes the story's place + agency (the portal
// prints its own dateline format), the source's mappings pick section and
// topics, and the credit line with the original link closes the body (readers
// see it). Ignoring hides the item from the queue.
import { z } from "zod";
import { db } from "../db";
import { canOnArticle } from "../auth/roles";
import { AppError, forbidden, notFound, parseInput } from "../errors";
import type { BodyDoc } from "../content/body";
import { withCredit } from "../wire/credit";
import { createArticle, deleteArticle, updateArticle } from "./articles";
import { publishArticle } from "./article-workflow";
import { auditWho, writeAudit } from "./audit";
import type { MutationContext } from "./context";

const takeInput = z.strictObject({ publish: z.boolean().optional() });

async function mappedSectionAndTopics(source: { categoryId: number; keywordTopics: string; subjectSections: string }, item: { keywords: string; subjects: string }) {
  const subjects = JSON.parse(item.subjects) as string[];
  const keywords = (JSON.parse(item.keywords) as string[]).map((k) => k.toLowerCase());
  const sectionMap = JSON.parse(source.subjectSections) as Record<string, number | string>;
  const topicMap = Object.fromEntries(Object.entries(JSON.parse(source.keywordTopics) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), String(v)]));
  // A subject maps to a section by id or by slug (the sources form writes slugs); the first that exists wins.
  let categoryId = source.categoryId;
  for (const target of subjects.map((s) => sectionMap[s]).filter((v) => v !== undefined)) {
    const where = /^\d+$/.test(String(target)) ? { id: Number(target) } : { slug: String(target) };
    const found = await db.category.findUnique({ where, select: { id: true } });
    if (found) {
      categoryId = found.id;
      break;
    }
  }
  const slugs = [...new Set(keywords.map((k) => topicMap[k]).filter(Boolean))];
  const topics = slugs.length ? await db.topic.findMany({ where: { slug: { in: slugs } }, select: { id: true } }) : [];
  return { categoryId, topicIds: topics.map((t) => t.id).slice(0, 20) };
}

export async function takeWireItem(ctx: MutationContext, id: number, input: unknown) {
  const { publish } = parseInput(takeInput, input ?? {});
  if (!canOnArticle(ctx.actor, "create", null)) throw forbidden();
  // Whether this role may publish a story it created (contributors may not).
  if (publish && !canOnArticle(ctx.actor, "publish", { createdById: ctx.actor.userId, authorIds: [], status: "draft", firstPublishedAt: null })) {
    throw forbidden(`Your role (${ctx.actor.role}) may take wire copy as a draft, not publish it.`);
  }
  const item = await db.wireItem.findUnique({ where: { id }, include: { source: true } });
  if (!item) throw notFound("Wire item");
  if (item.articleId) throw new AppError(409, "already_taken", "This item has already been taken.", {}, { articleId: item.articleId });
  if (item.status === "killed") throw new AppError(422, "killed", "The agency killed this item: it cannot be used.");
  if (publish && item.embargoUntil && item.embargoUntil > new Date()) {
    throw new AppError(422, "embargoed", `This item is under embargo until ${item.embargoUntil.toISOString()}: take it as a draft and schedule it for then.`, {}, { embargoUntil: item.embargoUntil.toISOString() });
  }
  const { categoryId, topicIds } = await mappedSectionAndTopics(item.source, item);
  if (!(await db.category.findUnique({ where: { id: categoryId }, select: { id: true } }))) {
    throw new AppError(422, "invalid_source", "The source's default section no longer exists: pick another on the sources page.");
  }
  const article = (await createArticle(ctx, {
    title: item.title,
    standfirst: item.standfirst.slice(0, 1000),
    bodyJson: withCredit(JSON.parse(item.bodyJson) as BodyDoc, item.source.creditLine, item.originalUrl),
    datelinePlace: item.datelinePlace.slice(0, 100),
    sourceAgency: (item.agency || item.source.agency).slice(0, 100),
    language: item.language === "ur" ? "ur" : "en",
    categoryId,
    topicIds,
  })) as { id: number; version: number };
  // Link it, unless another editor took the item meanwhile: then this draft goes again.
  const { count } = await db.wireItem.updateMany({ where: { id, articleId: null }, data: { articleId: article.id, status: "taken", updatePending: false } });
  if (count === 0) {
    await deleteArticle(ctx, article.id, {}).catch(() => undefined);
    throw new AppError(409, "already_taken", "Another editor took this item a moment ago.");
  }
  await writeAudit(auditWho(ctx.actor, ctx.ip), "wire.item.taken", "wire_item", id, { articleId: article.id, publish: !!publish });
  return publish ? publishArticle(ctx, article.id, {}) : article;
}

export async function ignoreWireItem(ctx: MutationContext, id: number) {
  if (!canOnArticle(ctx.actor, "create", null)) throw forbidden();
  const { count } = await db.wireItem.updateMany({ where: { id, status: "new" }, data: { status: "ignored" } });
  if (count === 0) {
    const exists = await db.wireItem.findUnique({ where: { id }, select: { status: true } });
    if (!exists) throw notFound("Wire item");
    throw new AppError(422, "invalid_transition", `Only new items can be ignored (this one is ${exists.status}).`);
  }
  await writeAudit(auditWho(ctx.actor, ctx.ip), "wire.item.ignored", "wire_item", id);
  return { id, status: "ignored" };
}

const resolveInput = z.strictObject({
  action: z.enum(["apply", "dismiss"], { error: 'Expected "apply" or "dismiss"' }),
  // The story's version the editor saw: applying over a newer save is refused (409) like any edit.
  version: z.number({ error: "Expected the story's version you saw (number)" }).int().positive().optional(),
});

/**
 * The editor applies (copies the agency's newer title, standfirst and body into
 * the story, and its correction note when the agency sent one) or dismisses a
 * pending wire update. Applying goes through updateArticle: same roles, same
 * version check, a revision and an audit entry like any edit.
 */
export async function resolveWireUpdate(ctx: MutationContext, articleId: number, input: unknown) {
  const { action, version } = parseInput(resolveInput, input);
  if (action === "apply" && version === undefined) throw new AppError(400, "validation_error", "Applying a wire update needs the story's version you saw.", { version: "Required to apply" });
  const item = await db.wireItem.findUnique({
    where: { articleId },
    select: { id: true, updatePending: true, title: true, standfirst: true, bodyJson: true, originalUrl: true, correctionNote: true, source: { select: { creditLine: true } } },
  });
  if (!item || !item.updatePending) throw notFound("Pending wire update");
  // Dismissing is an edit decision: the same rule as editing the story.
  const story = await db.article.findUnique({ where: { id: articleId }, select: { createdById: true, status: true, firstPublishedAt: true, authors: { select: { authorId: true } } } });
  if (!story || !canOnArticle(ctx.actor, "update", { ...story, authorIds: story.authors.map((a) => a.authorId) })) throw forbidden();
  let result: unknown = null;
  if (action === "apply") {
    result = await updateArticle(ctx, articleId, {
      version,
      title: item.title,
      standfirst: item.standfirst.slice(0, 1000),
      bodyJson: withCredit(JSON.parse(item.bodyJson) as BodyDoc, item.source.creditLine, item.originalUrl),
      ...(item.correctionNote ? { correctionNote: item.correctionNote.slice(0, 1000) } : {}),
    });
  }
  // Only the first of two editors resolving at once writes the audit entry.
  const { count } = await db.wireItem.updateMany({ where: { id: item.id, updatePending: true }, data: { updatePending: false } });
  if (count > 0) await writeAudit(auditWho(ctx.actor, ctx.ip), `wire.update.${action === "apply" ? "applied" : "dismissed"}`, "wire_item", item.id, { articleId });
  return result ?? { dismissed: true };
}
