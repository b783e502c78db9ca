// The article's editable fields, listed once: the zod schema below is the
// source, and everything else is derived from it: what a client may send to
// create or change an article (mutations/article-input.ts), the columns the
// write path stores and the newsroom reads (ARTICLE_COLUMNS,
// articleFieldsSelect), a revision's snapshot and its restore, webhook
// payloads and the editor's form. A new editable field is one line here (and
// its column in prisma/schema.prisma).
import { z } from "zod";
import type { Prisma } from "@/app/_generated/prisma/client";
import { LANGUAGES } from "./domain";
import { stripXmlForbidden } from "./content/safe-text";

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

// Lists in lists in quotes stay far below this; a document nested deeper is an
// attack on the recursive code that reads it (JSON.stringify, the renderer).
const MAX_BODY_DEPTH = 64;

/** Whether no array or object in `value` is nested deeper than `max` (walked without recursion). */
function nestedWithin(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== "object") continue;
    if (depth > max) return false;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return true;
}

// A TipTap/ProseMirror document. Node types and marks are checked when it is
// rendered (unknown ones are a 422 on bodyJson).
export const bodyDocSchema = z
  .object({
    type: z.literal("doc", { error: 'Must be a document ({ "type": "doc", "content": [...] })' }),
    content: z.array(z.unknown()).max(5000, "The body is too long").optional(),
  })
  .refine((doc) => nestedWithin(doc, MAX_BODY_DEPTH), { message: `The body is nested too deeply (at most ${MAX_BODY_DEPTH} levels)`, abort: true })
  .refine((doc) => JSON.stringify(doc).length <= 1_000_000, "The body is too long");

// Text is stored without the characters feeds, sitemaps and JSON readers
// cannot carry (content/safe-text.ts); a lone surrogate becomes U+FFFD rather
// than vanishing. Cleaned before the length is checked.
const cleanText = (value: string) => stripXmlForbidden(value.toWellFormed());
const text = (max: number) =>
  z
    .string({ error: "Expected text" })
    .overwrite(cleanText)
    .max(max, `At most ${max} characters`);

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

export type ArticleField = keyof typeof articleFields;
export type ArticleFieldValues = z.output<z.ZodObject<typeof articleFields>>;
export type BodyDocValue = ArticleFieldValues["bodyJson"];

/** What a new article has in each field its author may leave out (title and section are required). */
export const articleDefaults = {
  standfirst: "",
  bodyJson: { type: "doc", content: [] } as BodyDocValue,
  datelinePlace: "",
  sourceAgency: "",
  language: "en",
  topicIds: [],
  heroMediaId: null,
  heroAlt: "",
  heroCaption: "",
  heroCredit: "",
  seoTitle: "",
  seoDescription: "",
  isBreaking: false,
  correctionNote: "",
} satisfies Partial<ArticleFieldValues>;

/** The fields stored as they are in a column of Article (the body is stored with its HTML, topics and bylines as link rows). */
export type ColumnField = Exclude<ArticleField, "bodyJson" | "topicIds" | "authorIds">;
export const ARTICLE_COLUMNS = (Object.keys(articleFields) as ArticleField[]).filter(
  (k): k is ColumnField => k !== "bodyJson" && k !== "topicIds" && k !== "authorIds",
);

/** The article's own columns as the newsroom edits them, with the workflow's: for the write path and the admin reads. */
export const articleFieldsSelect = {
  ...(Object.fromEntries(ARTICLE_COLUMNS.map((k) => [k, true])) as Record<ColumnField, true>),
  id: true,
  bodyJson: true,
  status: true,
  publishedAt: true,
  firstPublishedAt: true,
  contentUpdatedAt: true,
  version: true,
  createdById: true,
} satisfies Prisma.ArticleSelect;

/** The editable state of an article at one version (also what a Revision stores and webhooks send). */
export type ArticleSnapshot = Pick<ArticleFieldValues, ColumnField | "topicIds" | "authorIds" | "bodyJson"> & {
  id: number;
  status: string;
  publishedAt: string | null;
  version: number;
};

/** The column fields of `source`, one entry per field (for a Prisma write or a snapshot). */
export function pickColumns<T extends Pick<ArticleFieldValues, ColumnField>>(source: T): Pick<ArticleFieldValues, ColumnField> {
  return Object.fromEntries(ARTICLE_COLUMNS.map((k) => [k, source[k]])) as Pick<ArticleFieldValues, ColumnField>;
}
