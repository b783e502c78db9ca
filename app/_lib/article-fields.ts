// The article's own columns as the newsroom edits them: one list for the write
// path (revision snapshots, webhook payloads) and the admin reads, so a new
// editable field is added in one place.
import type { Prisma } from "@/app/_generated/prisma/client";

export const articleFieldsSelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  bodyJson: true,
  status: true,
  publishedAt: true,
  firstPublishedAt: true,
  contentUpdatedAt: true,
  datelinePlace: true,
  sourceAgency: true,
  language: true,
  categoryId: true,
  heroMediaId: true,
  heroAlt: true,
  heroCaption: true,
  heroCredit: true,
  seoTitle: true,
  seoDescription: true,
  isBreaking: true,
  correctionNote: true,
  version: true,
  createdById: true,
} satisfies Prisma.ArticleSelect;
