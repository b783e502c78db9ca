// The two reads of a story's first view as one SQL statement each: the public
// story by slug (with its section, picture, byline profiles and topics) and
// story cards by id (the rails under a story, search results).
//
// Why not Prisma's query API here: with Prisma 6's query compiler every call is
// planned anew in WebAssembly and each relation is a statement of its own, so
// `findFirst({ select: fullSelect })` costs 7 statements and ~7.7 ms of CPU on
// the 2-core Intel machine of BENCHMARKS.md, the cards `findMany` 3 statements
// and ~3.8 ms; as raw statements through the same client they cost ~1.3 and
// ~1 ms (the largest part of the miss that is the portal's own, see
// BENCHMARKS.md). They return Prisma's own row shapes (CardRow, FullRow), so
// toCard/toFull shape them as before, and article-sql.test.ts checks that
// they equal Prisma's reads on SQLite and (test:pg) Postgres.
import "server-only";
import { Prisma } from "@/app/_generated/prisma/client";
import { db } from "../db";
import { HIDDEN_STATUSES } from "../domain";
import { isPostgres } from "../env";
import { rawTime } from "./raw-time";
import { toCard, type ArticleCard, type CardRow, type FullRow } from "./shapes";

/** The columns of a card: the article's own, its section's, its picture's. */
const cardColumns = Prisma.sql`a."id", a."slug", a."title", a."standfirst", a."publishedAt", a."isBreaking",
  a."heroAlt", a."heroCaption", a."heroCredit",
  c."id" AS "categoryId", c."slug" AS "categorySlug", c."name" AS "categoryName",
  m."file" AS "mediaFile", m."width" AS "mediaWidth", m."height" AS "mediaHeight", m."alt" AS "mediaAlt",
  m."caption" AS "mediaCaption", m."credit" AS "mediaCredit", m."variants" AS "mediaVariants"`;

const cardJoins = Prisma.sql`FROM "Article" a
  JOIN "Category" c ON c."id" = a."categoryId"
  LEFT JOIN "Media" m ON m."id" = a."heroMediaId"`;

/** publicWhere() on the article aliased `a`. */
export const isPublic = (now: Date) => Prisma.sql`a."status" NOT IN (${Prisma.join(HIDDEN_STATUSES)}) AND a."publishedAt" <= ${rawTime(now)}`;

type CardColumns = {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  publishedAt: Date | string | null;
  isBreaking: boolean | number;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  categoryId: number;
  categorySlug: string;
  categoryName: string;
  mediaFile: string | null;
  mediaWidth: number | null;
  mediaHeight: number | null;
  mediaAlt: string | null;
  mediaCaption: string | null;
  mediaCredit: string | null;
  mediaVariants: string | null;
};

const toDate = (v: Date | string | null) => (v === null ? null : v instanceof Date ? v : new Date(v));

function cardRow(r: CardColumns): CardRow {
  return {
    id: Number(r.id),
    slug: r.slug,
    title: r.title,
    standfirst: r.standfirst,
    publishedAt: toDate(r.publishedAt),
    isBreaking: Boolean(r.isBreaking),
    heroAlt: r.heroAlt,
    heroCaption: r.heroCaption,
    heroCredit: r.heroCredit,
    category: { id: Number(r.categoryId), slug: r.categorySlug, name: r.categoryName },
    heroMedia:
      r.mediaFile === null
        ? null
        : {
            file: r.mediaFile,
            width: Number(r.mediaWidth),
            height: Number(r.mediaHeight),
            alt: r.mediaAlt ?? "",
            caption: r.mediaCaption ?? "",
            credit: r.mediaCredit ?? "",
            variants: r.mediaVariants ?? "[]",
          },
  };
}

/**
 * A JSON array of one object per row, `fields` (name -> column) in `orderBy`
 * order: json_group_array on SQLite, json_agg on Postgres (both take ORDER BY
 * inside the aggregate; SQLite since 3.44).
 */
function jsonRows(fields: Record<string, string>, orderBy: string): Prisma.Sql {
  const pairs = Object.entries(fields)
    .map(([name, column]) => `'${name}', ${column}`)
    .join(", ");
  return Prisma.raw(isPostgres() ? `json_agg(json_build_object(${pairs}) ORDER BY ${orderBy})` : `json_group_array(json_object(${pairs}) ORDER BY ${orderBy})`);
}

/** A jsonRows column as read back: text on SQLite, parsed on Postgres, null for no rows there. */
function parseRows<T>(value: unknown): T[] {
  if (value === null || value === undefined) return [];
  return (typeof value === "string" ? JSON.parse(value) : value) as T[];
}

const authorFields = {
  id: 'au."id"',
  slug: 'au."slug"',
  name: 'au."name"',
  bio: 'au."bio"',
  xHandle: 'au."xHandle"',
  facebookUrl: 'au."facebookUrl"',
  instagramHandle: 'au."instagramHandle"',
  linkedinUrl: 'au."linkedinUrl"',
  websiteUrl: 'au."websiteUrl"',
};
const topicFields = { id: 't."id"', slug: 't."slug"', name: 't."name"' };

type StoryColumns = CardColumns &
  Pick<FullRow, "bodyHtml" | "datelinePlace" | "sourceAgency" | "language" | "seoTitle" | "seoDescription" | "correctionNote"> & {
    firstPublishedAt: Date | string | null;
    contentUpdatedAt: Date | string | null;
    updatedAt: Date | string;
    /** JSON arrays (jsonRows). */
    authors: unknown;
    topics: unknown;
  };

/** The public story at `slug` as Prisma's `findFirst({ where: { slug, ...publicWhere(now) }, select: fullSelect })` gives it. */
export async function selectPublicStory(slug: string, now: Date = new Date()): Promise<FullRow | null> {
  const rows = await db.$queryRaw<StoryColumns[]>`SELECT ${cardColumns},
      a."bodyHtml", a."firstPublishedAt", a."contentUpdatedAt", a."datelinePlace", a."sourceAgency", a."language",
      a."seoTitle", a."seoDescription", a."correctionNote", a."updatedAt",
      (SELECT ${jsonRows(authorFields, 'la."position"')} FROM "ArticleAuthor" la JOIN "Author" au ON au."id" = la."authorId"
        WHERE la."articleId" = a."id") AS "authors",
      (SELECT ${jsonRows(topicFields, 'lt."position"')} FROM "ArticleTopic" lt JOIN "Topic" t ON t."id" = lt."topicId"
        WHERE lt."articleId" = a."id") AS "topics"
    ${cardJoins}
    WHERE a."slug" = ${slug} AND ${isPublic(now)}
    LIMIT 1`;
  const r = rows[0];
  if (!r) return null;
  return {
    ...cardRow(r),
    bodyHtml: r.bodyHtml,
    firstPublishedAt: toDate(r.firstPublishedAt),
    contentUpdatedAt: toDate(r.contentUpdatedAt),
    datelinePlace: r.datelinePlace,
    sourceAgency: r.sourceAgency,
    language: r.language,
    seoTitle: r.seoTitle,
    seoDescription: r.seoDescription,
    correctionNote: r.correctionNote,
    updatedAt: toDate(r.updatedAt)!,
    authors: parseRows<FullRow["authors"][number]["author"]>(r.authors).map((author) => ({ author })),
    topics: parseRows<FullRow["topics"][number]["topic"]>(r.topics).map((topic) => ({ topic })),
  };
}

/**
 * The cards of the stories `ids` (in no particular order), as Prisma's
 * `findMany({ where: { id: { in: ids } }, select: cardSelect })`; with `publicAt`,
 * only those readers may see at that time.
 */
export async function selectCards(ids: number[], opts: { publicAt?: Date; language?: string } = {}): Promise<CardRow[]> {
  if (ids.length === 0) return [];
  const visible = opts.publicAt ? Prisma.sql`AND ${isPublic(opts.publicAt)}` : Prisma.empty;
  // An edition lists only its own language (a topic's stories may be in both).
  const language = opts.language ? Prisma.sql`AND a."language" = ${opts.language}` : Prisma.empty;
  const rows = await db.$queryRaw<CardColumns[]>`SELECT ${cardColumns} ${cardJoins} WHERE a."id" IN (${Prisma.join(ids)}) ${visible} ${language}`;
  return rows.map(cardRow);
}

/** The stories `ids` as reader cards by id (selectCards), for callers that place them in their own order. */
export async function cardsById(ids: number[], opts: { publicAt?: Date; language?: string } = {}): Promise<Map<number, ArticleCard>> {
  return new Map((await selectCards(ids, opts)).map((row) => [row.id, toCard(row)]));
}
