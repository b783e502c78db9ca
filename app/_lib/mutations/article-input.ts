// What a client may send to create or change an article. Strict objects:
// unknown fields are refused (422 naming them), so a typo never silently drops data.
import { z } from "zod";
import { LANGUAGES } from "../domain";

export const slugSchema = z
  .string()
  .trim()
  .min(1, "Required")
  .max(120, "At most 120 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Lowercase letters, digits and single hyphens only");

const id = z.number({ error: "Expected an id (number)" }).int("Expected an id (number)").positive("Expected an id (number)");

const uniqueIds = (max: number) =>
  z
    .array(id)
    .max(max, `At most ${max}`)
    .refine((ids) => new Set(ids).size === ids.length, "Each id only once");

// A TipTap/ProseMirror document. Node types and marks are checked when it is
// rendered (unknown ones are a 422 on bodyJson).
export const bodyDocSchema = z
  .object({
    type: z.literal("doc", { error: 'Must be a document ({ "type": "doc", "content": [...] })' }),
    content: z.array(z.unknown()).max(5000, "The body is too long").optional(),
  })
  .refine((doc) => JSON.stringify(doc).length <= 1_000_000, "The body is too long");

const text = (max: number) => z.string({ error: "Expected text" }).max(max, `At most ${max} characters`);

export const articleFields = {
  title: text(300).trim().min(1, "Required"),
  slug: slugSchema,
  standfirst: text(1000),
  bodyJson: bodyDocSchema,
  datelinePlace: text(100).trim(),
  sourceAgency: text(100).trim(),
  language: z.enum(LANGUAGES, { error: `One of: ${LANGUAGES.join(", ")}` }),
  categoryId: id,
  topicIds: uniqueIds(20),
  authorIds: uniqueIds(10),
  heroMediaId: id.nullable(),
  heroAlt: text(300),
  heroCaption: text(500),
  heroCredit: text(200),
  seoTitle: text(200),
  seoDescription: text(400),
  isBreaking: z.boolean({ error: "Expected true or false" }),
  correctionNote: text(1000),
};

export const createArticleInput = z.strictObject({
  ...articleFields,
  slug: articleFields.slug.optional(),
  standfirst: articleFields.standfirst.default(""),
  bodyJson: articleFields.bodyJson.default({ type: "doc", content: [] }),
  datelinePlace: articleFields.datelinePlace.default(""),
  sourceAgency: articleFields.sourceAgency.default(""),
  language: articleFields.language.default("en"),
  topicIds: articleFields.topicIds.default([]),
  authorIds: articleFields.authorIds.optional(),
  heroMediaId: articleFields.heroMediaId.default(null),
  heroAlt: articleFields.heroAlt.default(""),
  heroCaption: articleFields.heroCaption.default(""),
  heroCredit: articleFields.heroCredit.default(""),
  seoTitle: articleFields.seoTitle.default(""),
  seoDescription: articleFields.seoDescription.default(""),
  isBreaking: articleFields.isBreaking.default(false),
  correctionNote: articleFields.correctionNote.default(""),
});
export type CreateArticleInput = z.infer<typeof createArticleInput>;

const version = z.number({ error: "Expected the version you edited (number)" }).int().positive();

/** An update carries the version it edited (optimistic concurrency) and any subset of fields. */
export const updateArticleInput = z.strictObject({
  version,
  title: articleFields.title.optional(),
  slug: articleFields.slug.optional(),
  standfirst: articleFields.standfirst.optional(),
  bodyJson: articleFields.bodyJson.optional(),
  datelinePlace: articleFields.datelinePlace.optional(),
  sourceAgency: articleFields.sourceAgency.optional(),
  language: articleFields.language.optional(),
  categoryId: articleFields.categoryId.optional(),
  topicIds: articleFields.topicIds.optional(),
  authorIds: articleFields.authorIds.optional(),
  heroMediaId: articleFields.heroMediaId.optional(),
  heroAlt: articleFields.heroAlt.optional(),
  heroCaption: articleFields.heroCaption.optional(),
  heroCredit: articleFields.heroCredit.optional(),
  seoTitle: articleFields.seoTitle.optional(),
  seoDescription: articleFields.seoDescription.optional(),
  isBreaking: articleFields.isBreaking.optional(),
  correctionNote: articleFields.correctionNote.optional(),
});
export type UpdateArticleInput = z.infer<typeof updateArticleInput>;

/** Workflow actions (submit, publish, unpublish, archive) may carry the version the user saw. */
export const workflowInput = z.strictObject({ version: version.optional() });

export const scheduleInput = z.strictObject({
  version: version.optional(),
  publishAt: z.iso.datetime({ offset: true, error: "Expected a date-time such as 2030-01-31T09:00:00Z" }),
});

export const restoreInput = z.strictObject({ version: version.optional() });

