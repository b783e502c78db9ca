// Shaped results of the query layer and the Prisma selects that produce them.
// Pages only ever see these shapes (dates are ISO strings: results are cached as JSON).
import type { Prisma } from "@/app/_generated/prisma/client";
import { HIDDEN_STATUSES, PUBLIC_STATUSES } from "../domain";

export type ImageVariant = { width: number; height: number; file: string };

export type ImageRef = {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  variants: ImageVariant[];
};

export type CategoryRef = { id: number; slug: string; name: string };
export type AuthorRef = { id: number; slug: string; name: string; xHandle: string | null };
export type TopicRef = { id: number; slug: string; name: string };

/** An author's public profile: name, bio and social links (byline, structured data, feeds, API). */
export type AuthorProfile = AuthorRef & {
  bio: string;
  facebookUrl: string | null;
  instagramHandle: string | null;
  linkedinUrl: string | null;
  websiteUrl: string | null;
};

/** A story in a list of headlines (Recent Stories, the breaking ticker): no picture, no section. */
export type ArticleHeadline = { id: number; slug: string; title: string; publishedAt: string };

export type ArticleCard = {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  publishedAt: string;
  isBreaking: boolean;
  category: CategoryRef;
  hero: ImageRef | null;
};

export type ArticleFull = ArticleCard & {
  bodyHtml: string;
  firstPublishedAt: string;
  contentUpdatedAt: string | null;
  datelinePlace: string;
  sourceAgency: string;
  language: string;
  seoTitle: string;
  seoDescription: string;
  correctionNote: string;
  /** With their profiles: the byline, the page's metadata and its structured data read them. */
  authors: AuthorProfile[];
  topics: TopicRef[];
  updatedAt: string;
};

/**
 * What readers may see: a public status (published, or scheduled and due) and
 * publishedAt <= now. Written as "not a hidden status" (the same rule, as the
 * statuses are a closed list) so SQLite can walk a (..., publishedAt, id, status)
 * index in listing order and check status inside it; "status IN (...)" makes it
 * read every public row through the status index and sort them (BENCHMARKS.md).
 */
/** Newest first, the id breaking ties: the order of every public listing, feed and sitemap. */
export const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

export const publicWhere = (now: Date = new Date()) =>
  ({ status: { notIn: HIDDEN_STATUSES }, publishedAt: { lte: now } }) satisfies Prisma.ArticleWhereInput;

/**
 * The same rule on the link tables' copies of status and publishedAt
 * (ArticleTopic, ArticleAuthor). Kept as "status IN (...)": their listing
 * indexes lead with the topic/author id, and their plans were measured in this
 * form (app/_cli/bench/explain.ts).
 */
export const publicLinkWhere = (now: Date = new Date()) =>
  ({ status: { in: PUBLIC_STATUSES }, publishedAt: { lte: now } }) satisfies Prisma.ArticleTopicWhereInput &
    Prisma.ArticleAuthorWhereInput;

const mediaSelect = {
  file: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
  variants: true,
} satisfies Prisma.MediaSelect;

export const headlineSelect = { id: true, slug: true, title: true, publishedAt: true } satisfies Prisma.ArticleSelect;

export const cardSelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  publishedAt: true,
  isBreaking: true,
  heroAlt: true,
  heroCaption: true,
  heroCredit: true,
  category: { select: { id: true, slug: true, name: true } },
  heroMedia: { select: mediaSelect },
} satisfies Prisma.ArticleSelect;

/** An author's public profile: name, bio and social links (author pages, feeds, structured data, API). */
export const authorProfileSelect = {
  id: true,
  slug: true,
  name: true,
  bio: true,
  xHandle: true,
  facebookUrl: true,
  instagramHandle: true,
  linkedinUrl: true,
  websiteUrl: true,
} satisfies Prisma.AuthorSelect;

export const fullSelect = {
  ...cardSelect,
  bodyHtml: true,
  firstPublishedAt: true,
  contentUpdatedAt: true,
  datelinePlace: true,
  sourceAgency: true,
  language: true,
  seoTitle: true,
  seoDescription: true,
  correctionNote: true,
  updatedAt: true,
  authors: {
    orderBy: { position: "asc" },
    select: { author: { select: authorProfileSelect } },
  },
  topics: { orderBy: { position: "asc" }, select: { topic: { select: { id: true, slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

type HeadlineRow = Prisma.ArticleGetPayload<{ select: typeof headlineSelect }>;
export type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;
export type FullRow = Prisma.ArticleGetPayload<{ select: typeof fullSelect }>;

export const mediaUrl = (file: string) => `/media/${file}`;

function toImage(row: CardRow): ImageRef | null {
  const m = row.heroMedia;
  if (!m) return null;
  return {
    src: mediaUrl(m.file),
    width: m.width,
    height: m.height,
    // The article's own alt/caption/credit win over the library's defaults.
    alt: row.heroAlt || m.alt,
    caption: row.heroCaption || m.caption,
    credit: row.heroCredit || m.credit,
    variants: JSON.parse(m.variants) as ImageVariant[],
  };
}

export function toHeadline(row: HeadlineRow): ArticleHeadline {
  return { id: row.id, slug: row.slug, title: row.title, publishedAt: (row.publishedAt ?? new Date(0)).toISOString() };
}

/**
 * The same stories with the newest one that has a picture (among the first
 * `within`) moved to the front: a lead story shows a picture when one of the
 * freshest has one, and the order is otherwise kept.
 */
export function pictureFirst<T extends { hero: unknown }>(cards: T[], within = cards.length): T[] {
  const i = cards.slice(0, within).findIndex((c) => c.hero);
  return i <= 0 ? cards : [cards[i], ...cards.slice(0, i), ...cards.slice(i + 1)];
}

export function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    isBreaking: row.isBreaking,
    category: row.category,
    hero: toImage(row),
  };
}

export function toFull(row: FullRow): ArticleFull {
  return {
    ...toCard(row),
    bodyHtml: row.bodyHtml,
    firstPublishedAt: (row.firstPublishedAt ?? row.publishedAt ?? new Date(0)).toISOString(),
    contentUpdatedAt: row.contentUpdatedAt?.toISOString() ?? null,
    datelinePlace: row.datelinePlace,
    sourceAgency: row.sourceAgency,
    language: row.language,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    correctionNote: row.correctionNote,
    updatedAt: row.updatedAt.toISOString(),
    authors: row.authors.map((a) => a.author),
    topics: row.topics.map((t) => t.topic),
  };
}
