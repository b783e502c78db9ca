// The one article shape feeds, sitemaps and the public API share, and its select.
import "server-only";
import type { Prisma } from "@/app/_generated/prisma/client";
import { mediaUrl } from "../shapes";

export type DistributedImage = { url: string; width: number; height: number; alt: string; caption: string; credit: string };

export type DistributedArticle = {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  language: string;
  publishedAt: string;
  firstPublishedAt: string;
  /** Last editorial update, or the publication time when never updated. */
  modifiedAt: string;
  datelinePlace: string;
  sourceAgency: string;
  isBreaking: boolean;
  correctionNote: string;
  category: { id: number; slug: string; name: string };
  topics: { id: number; slug: string; name: string }[];
  authors: { id: number; slug: string; name: string; xHandle: string | null }[];
  hero: DistributedImage | null;
  bodyHtml?: string;
};

export const articleSelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  language: true,
  publishedAt: true,
  firstPublishedAt: true,
  contentUpdatedAt: true,
  datelinePlace: true,
  sourceAgency: true,
  isBreaking: true,
  correctionNote: true,
  heroAlt: true,
  heroCaption: true,
  heroCredit: true,
  category: { select: { id: true, slug: true, name: true } },
  heroMedia: { select: { file: true, width: true, height: true, alt: true, caption: true, credit: true } },
  topics: { orderBy: { position: "asc" }, select: { topic: { select: { id: true, slug: true, name: true } } } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { id: true, slug: true, name: true, xHandle: true } } } },
} satisfies Prisma.ArticleSelect;

export const withBodySelect = { ...articleSelect, bodyHtml: true } satisfies Prisma.ArticleSelect;

export type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }> & { bodyHtml?: string };

export function toDistributed(row: ArticleRow): DistributedArticle {
  const published = row.publishedAt ?? new Date(0);
  const modified = row.contentUpdatedAt && row.contentUpdatedAt > published ? row.contentUpdatedAt : published;
  const m = row.heroMedia;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    language: row.language,
    publishedAt: published.toISOString(),
    firstPublishedAt: (row.firstPublishedAt ?? published).toISOString(),
    modifiedAt: modified.toISOString(),
    datelinePlace: row.datelinePlace,
    sourceAgency: row.sourceAgency,
    isBreaking: row.isBreaking,
    correctionNote: row.correctionNote,
    category: row.category,
    topics: row.topics.map((t) => t.topic),
    authors: row.authors.map((a) => a.author),
    hero: m
      ? {
          url: mediaUrl(m.file),
          width: m.width,
          height: m.height,
          alt: row.heroAlt || m.alt,
          caption: row.heroCaption || m.caption,
          credit: row.heroCredit || m.credit,
        }
      : null,
    ...(row.bodyHtml !== undefined ? { bodyHtml: row.bodyHtml } : {}),
  };
}


