// Sections (categories), topics and bylines (authors): editors' reference data.
// Renames change what every listing shows, so writes revalidate "articles" too.
import { z } from "zod";
import { db } from "../db";
import { tags } from "../cache-tags";
import { can, type ResourceAction } from "../auth/roles";
import { slugify } from "../content/slug";
import { slugSchema } from "./article-input";
import { auditWho, writeAudit } from "./audit";
import type { MutationContext } from "./context";
import { forbidden, AppError, notFound, parseInput } from "@/app/_lib/errors";
import { revalidateTags } from "./revalidate";

function authorize(ctx: MutationContext, action: ResourceAction) {
  if (!can(ctx.actor, action)) throw forbidden(`Your role (${ctx.actor.role}) may not do this.`);
}

const text = (max: number) => z.string({ error: "Expected text" }).trim().max(max, `At most ${max} characters`);
const name = text(120).min(1, "Required");
const optionalUrl = z.union([z.literal(""), z.url({ protocol: /^https?$/, error: "Expected an http(s) address" }).max(300)]).nullable();
const handle = z
  .union([z.literal(""), z.string().trim().regex(/^@?[A-Za-z0-9_.]{1,30}$/, "Letters, digits, _ and . only (up to 30)")])
  .nullable();

function slugTaken(kind: string): AppError {
  return new AppError(422, "invalid_fields", `That slug is already used by another ${kind}.`, { slug: "Already used" });
}

async function finish(ctx: MutationContext, action: string, entityType: string, id: number, details: Record<string, unknown>, tagList: string[]) {
  revalidateTags([tags.taxonomy, tags.articles, ...tagList]);
  await writeAudit(auditWho(ctx.actor, ctx.ip), action, entityType, id, details);
}

// --- categories -------------------------------------------------------------

const categoryCreate = z.strictObject({
  name,
  slug: slugSchema.optional(),
  description: text(500).default(""),
  menuOrder: z.number({ error: "Expected a number" }).int().min(0).max(1000).default(0),
  inMenu: z.boolean({ error: "Expected true or false" }).default(true),
});
const categoryUpdate = categoryCreate.partial().extend({
  description: text(500).optional(),
  menuOrder: z.number({ error: "Expected a number" }).int().min(0).max(1000).optional(),
  inMenu: z.boolean({ error: "Expected true or false" }).optional(),
});

export async function createCategory(ctx: MutationContext, input: unknown) {
  const data = parseInput(categoryCreate, input);
  authorize(ctx, "category.write");
  const slug = data.slug ?? slugify(data.name);
  if (await db.category.findUnique({ where: { slug }, select: { id: true } })) throw slugTaken("section");
  const row = await db.category.create({ data: { ...data, slug } });
  await finish(ctx, "category.created", "category", row.id, { name: row.name }, [tags.category(row.id)]);
  return row;
}

export async function updateCategory(ctx: MutationContext, id: number, input: unknown) {
  const data = parseInput(categoryUpdate, input);
  authorize(ctx, "category.write");
  const current = await db.category.findUnique({ where: { id }, select: { id: true, slug: true } });
  if (!current) throw notFound("Category");
  if (data.slug && data.slug !== current.slug && (await db.category.findUnique({ where: { slug: data.slug }, select: { id: true } }))) throw slugTaken("section");
  const row = await db.category.update({ where: { id }, data });
  await finish(ctx, "category.updated", "category", id, data, [tags.category(id)]);
  return row;
}

export async function deleteCategory(ctx: MutationContext, id: number) {
  authorize(ctx, "category.write");
  const current = await db.category.findUnique({ where: { id }, select: { id: true, name: true, _count: { select: { articles: true } } } });
  if (!current) throw notFound("Category");
  if (current._count.articles > 0) {
    throw new AppError(422, "in_use", `"${current.name}" still has ${current._count.articles} articles; move them to another section first.`);
  }
  await db.category.delete({ where: { id } });
  await finish(ctx, "category.deleted", "category", id, { name: current.name }, [tags.category(id)]);
  return { deleted: true, id };
}

// --- topics -----------------------------------------------------------------

const topicCreate = z.strictObject({ name, slug: slugSchema.optional(), description: text(500).default("") });
const topicUpdate = z.strictObject({ name: name.optional(), slug: slugSchema.optional(), description: text(500).optional() });
const topicMerge = z.strictObject({ intoTopicId: z.number({ error: "Expected a topic id" }).int().positive() });

export async function createTopic(ctx: MutationContext, input: unknown) {
  const data = parseInput(topicCreate, input);
  authorize(ctx, "topic.create");
  const slug = data.slug ?? slugify(data.name);
  if (!slug) throw new AppError(422, "invalid_fields", "The name needs letters or digits.", { name: "Needs letters or digits" });
  const existing = await db.topic.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
  // Picking "create" for a topic that exists gives the existing one (editors type fast).
  if (existing) return existing;
  const row = await db.topic.create({ data: { ...data, slug }, select: { id: true, slug: true, name: true, description: true } });
  await finish(ctx, "topic.created", "topic", row.id, { name: row.name }, [tags.topic(row.id)]);
  return row;
}

export async function updateTopic(ctx: MutationContext, id: number, input: unknown) {
  const data = parseInput(topicUpdate, input);
  authorize(ctx, "topic.write");
  const current = await db.topic.findUnique({ where: { id }, select: { slug: true } });
  if (!current) throw notFound("Topic");
  if (data.slug && data.slug !== current.slug && (await db.topic.findUnique({ where: { slug: data.slug }, select: { id: true } }))) throw slugTaken("topic");
  const row = await db.topic.update({ where: { id }, data, select: { id: true, slug: true, name: true, description: true } });
  await finish(ctx, "topic.updated", "topic", id, data, [tags.topic(id)]);
  return row;
}

/** Moves every article of one topic to another and deletes the first (e.g. "Cricket" and "cricket"). */
export async function mergeTopic(ctx: MutationContext, id: number, input: unknown) {
  const { intoTopicId } = parseInput(topicMerge, input);
  authorize(ctx, "topic.write");
  if (intoTopicId === id) throw new AppError(422, "invalid_fields", "A topic cannot be merged into itself.", { intoTopicId: "Pick another topic" });
  const [from, into] = await Promise.all([
    db.topic.findUnique({ where: { id }, select: { id: true, name: true } }),
    db.topic.findUnique({ where: { id: intoTopicId }, select: { id: true, name: true } }),
  ]);
  if (!from) throw notFound("Topic");
  if (!into) throw new AppError(422, "invalid_fields", "The target topic does not exist.", { intoTopicId: "No such topic" });
  const moved = await db.$transaction(async (tx) => {
    const links = await tx.articleTopic.findMany({ where: { topicId: id } });
    const already = new Set((await tx.articleTopic.findMany({ where: { topicId: intoTopicId }, select: { articleId: true } })).map((l) => l.articleId));
    const toMove = links.filter((l) => !already.has(l.articleId));
    await tx.articleTopic.createMany({ data: toMove.map((l) => ({ ...l, topicId: intoTopicId })) });
    await tx.topic.delete({ where: { id } });
    return toMove.length;
  });
  await finish(ctx, "topic.merged", "topic", id, { from: from.name, into: into.name, moved }, [tags.topic(id), tags.topic(intoTopicId)]);
  return { merged: true, into: into, moved };
}

export async function deleteTopic(ctx: MutationContext, id: number) {
  authorize(ctx, "topic.write");
  const current = await db.topic.findUnique({ where: { id }, select: { name: true } });
  if (!current) throw notFound("Topic");
  await db.topic.delete({ where: { id } });
  await finish(ctx, "topic.deleted", "topic", id, { name: current.name }, [tags.topic(id)]);
  return { deleted: true, id };
}

// --- authors (bylines) -------------------------------------------------------

const authorFields = {
  name,
  slug: slugSchema.optional(),
  bio: text(2000),
  avatarMediaId: z.number({ error: "Expected a media id" }).int().positive().nullable(),
  xHandle: handle,
  instagramHandle: handle,
  facebookUrl: optionalUrl,
  linkedinUrl: optionalUrl,
  websiteUrl: optionalUrl,
};
const authorCreate = z.strictObject({
  ...authorFields,
  bio: authorFields.bio.default(""),
  avatarMediaId: authorFields.avatarMediaId.default(null),
  xHandle: authorFields.xHandle.default(null),
  instagramHandle: authorFields.instagramHandle.default(null),
  facebookUrl: authorFields.facebookUrl.default(null),
  linkedinUrl: authorFields.linkedinUrl.default(null),
  websiteUrl: authorFields.websiteUrl.default(null),
});
const authorUpdate = z.strictObject(Object.fromEntries(Object.entries(authorFields).map(([k, v]) => [k, v.optional()])) as {
  [K in keyof typeof authorFields]: z.ZodOptional<(typeof authorFields)[K]>;
});

const clean = <T extends Record<string, unknown>>(data: T) =>
  Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, typeof v === "string" && (k.endsWith("Handle") || k.endsWith("Url")) ? (v.replace(/^@/, "") || null) : v]),
  ) as T;

async function checkAvatar(avatarMediaId: number | null | undefined) {
  if (avatarMediaId && !(await db.media.findUnique({ where: { id: avatarMediaId }, select: { id: true } }))) {
    throw new AppError(422, "invalid_fields", "That image is not in the media library.", { avatarMediaId: "No such image" });
  }
}

export async function createAuthor(ctx: MutationContext, input: unknown) {
  const data = clean(parseInput(authorCreate, input));
  authorize(ctx, "author.write");
  await checkAvatar(data.avatarMediaId);
  const slug = data.slug ?? slugify(data.name);
  if (await db.author.findUnique({ where: { slug }, select: { id: true } })) throw slugTaken("author");
  const row = await db.author.create({ data: { ...data, slug } });
  await finish(ctx, "author.created", "author", row.id, { name: row.name }, [tags.author(row.id)]);
  return row;
}

export async function updateAuthor(ctx: MutationContext, id: number, input: unknown) {
  const data = clean(parseInput(authorUpdate, input));
  authorize(ctx, "author.write");
  const current = await db.author.findUnique({ where: { id }, select: { slug: true } });
  if (!current) throw notFound("Author");
  await checkAvatar(data.avatarMediaId);
  if (data.slug && data.slug !== current.slug && (await db.author.findUnique({ where: { slug: data.slug }, select: { id: true } }))) throw slugTaken("author");
  const row = await db.author.update({ where: { id }, data });
  await finish(ctx, "author.updated", "author", id, { fields: Object.keys(data) }, [tags.author(id)]);
  return row;
}

export async function deleteAuthor(ctx: MutationContext, id: number) {
  authorize(ctx, "author.write");
  const current = await db.author.findUnique({ where: { id }, select: { name: true, _count: { select: { articles: true } } } });
  if (!current) throw notFound("Author");
  if (current._count.articles > 0) {
    throw new AppError(422, "in_use", `${current.name} is the byline of ${current._count.articles} articles; remove the byline from them first.`);
  }
  await db.author.delete({ where: { id } });
  await finish(ctx, "author.deleted", "author", id, { name: current.name }, [tags.author(id)]);
  return { deleted: true, id };
}
