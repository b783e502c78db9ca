// What a client may send to create or change a publisher page. Strict objects:
// an unknown field is refused (422 naming it), as for articles.
import { z } from "zod";
import { bodyDocSchema } from "../article-fields";
import { stripXmlForbidden } from "../content/safe-text";
import { LANGUAGES } from "../domain";
import { PAGE_PURPOSE_KEYS, pageSlugProblem } from "./page-paths";

// Same cleaning as article text: no characters feeds, sitemaps or JSON readers cannot carry.
const text = (max: number) =>
  z
    .string({ error: "Expected text" })
    .overwrite((v) => stripXmlForbidden(v.toWellFormed()))
    .max(max, `At most ${max} characters`);

const slug = z
  .string({ error: "Expected text" })
  .trim()
  .toLowerCase()
  .min(1, "Required")
  .max(120, "At most 120 characters")
  .superRefine((value, ctx) => {
    const problem = pageSlugProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const pageFields = {
  title: text(200).trim().min(1, "Required"),
  slug,
  summary: text(400).trim(),
  bodyJson: bodyDocSchema,
  language: z.enum(LANGUAGES, { error: `One of: ${LANGUAGES.join(", ")}` }),
  purpose: z.enum(PAGE_PURPOSE_KEYS, { error: `One of: ${PAGE_PURPOSE_KEYS.join(", ")} (or null)` }).nullable(),
  position: z
    .number({ error: "Expected a number" })
    .int("Expected a whole number")
    .min(0, "At least 0")
    .max(1000, "At most 1000"),
};

const version = z.number({ error: "Expected the version you edited (number)" }).int().positive();

export const pageDefaults = {
  summary: "",
  bodyJson: { type: "doc", content: [] } as z.output<typeof bodyDocSchema>,
  language: "en" as const,
  purpose: null,
  position: 0,
};

/** A new page: title and slug required, the rest defaulted. Always a draft. */
export const createPageInput = z
  .strictObject(pageFields)
  .partial({ summary: true, bodyJson: true, language: true, purpose: true, position: true })
  .transform((data) => ({ ...pageDefaults, ...data }));
export type CreatePageInput = z.infer<typeof createPageInput>;

/** An update carries the version it edited (optimistic concurrency) and any subset of fields. */
export const updatePageInput = z.strictObject(pageFields).partial().extend({ version });
export type UpdatePageInput = z.infer<typeof updatePageInput>;

/** Publish, unpublish, delete and restore may carry the version the user saw. */
export const pageActionInput = z.strictObject({ version: version.optional() });
