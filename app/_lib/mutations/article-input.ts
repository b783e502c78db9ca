// What a client may send to create or change an article, derived from the one
// list of fields (app/_lib/article-fields.ts). Strict objects: unknown fields
// are refused (422 naming them), so a typo never silently drops data.
import { z } from "zod";
import { articleDefaults, articleFields } from "../article-fields";

export { slugSchema, bodyDocSchema } from "../article-fields";

const optional = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, true])) as { [P in K]: true };
const defaulted = Object.keys(articleDefaults) as (keyof typeof articleDefaults)[];

/** A new article: title and section required, the rest defaulted (articleDefaults); slug and bylines worked out when left out. */
export const createArticleInput = z
  .strictObject(articleFields)
  .partial({ ...optional(defaulted), slug: true, authorIds: true })
  .transform((data) => ({ ...articleDefaults, ...data }));
export type CreateArticleInput = z.infer<typeof createArticleInput>;

const version = z.number({ error: "Expected the version you edited (number)" }).int().positive();

/** An update carries the version it edited (optimistic concurrency) and any subset of fields. */
export const updateArticleInput = z.strictObject(articleFields).partial().extend({ version });
export type UpdateArticleInput = z.infer<typeof updateArticleInput>;

/** Workflow actions (submit, publish, unpublish, archive) may carry the version the user saw. */
export const workflowInput = z.strictObject({ version: version.optional() });

export const scheduleInput = z.strictObject({
  version: version.optional(),
  publishAt: z.iso.datetime({ offset: true, error: "Expected a date-time such as 2030-01-31T09:00:00Z" }),
});

export const restoreInput = z.strictObject({ version: version.optional() });
