// Newsroom reads of articles: never cached, always scoped to what the actor may see.
import "server-only";
import type { Prisma } from "@/app/_generated/prisma/client";
import { db } from "../../db";
import { articleFieldsSelect, pickColumns, type ArticleFieldValues } from "../../article-fields";
import { canOnArticle, type Actor, type ArticleAction } from "../../auth/roles";
import { ARTICLE_STATUSES, LANGUAGES } from "../../domain";
import { mediaUrl } from "../shapes";
import { articleScope } from "./scope";
import { containsText } from "../text-filter";

export const ADMIN_PAGE_SIZE = 25;

const adminSelect = {
  ...articleFieldsSelect,
  bodyHtml: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { name: true } },
  category: { select: { id: true, slug: true, name: true } },
  heroMedia: { select: { id: true, file: true, width: true, height: true, alt: true } },
  topics: { orderBy: { position: "asc" }, select: { topic: { select: { id: true, slug: true, name: true } } } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { id: true, slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

type AdminRow = Prisma.ArticleGetPayload<{ select: typeof adminSelect }>;

const ACTIONS: ArticleAction[] = ["update", "submit", "publish", "schedule", "unpublish", "archive", "delete", "restore"];

export type AdminArticle = ReturnType<typeof toAdminArticle>;

function toAdminArticle(row: AdminRow, actor: Actor) {
  const ownership = { createdById: row.createdById, authorIds: row.authors.map((a) => a.author.id), status: row.status, firstPublishedAt: row.firstPublishedAt };
  return {
    ...pickColumns(row as AdminRow & { language: ArticleFieldValues["language"] }),
    id: row.id,
    bodyJson: JSON.parse(row.bodyJson) as ArticleFieldValues["bodyJson"],
    bodyHtml: row.bodyHtml,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    firstPublishedAt: row.firstPublishedAt?.toISOString() ?? null,
    contentUpdatedAt: row.contentUpdatedAt?.toISOString() ?? null,
    category: row.category,
    hero: row.heroMedia ? { id: row.heroMedia.id, src: mediaUrl(row.heroMedia.file), width: row.heroMedia.width, height: row.heroMedia.height, alt: row.heroMedia.alt } : null,
    version: row.version,
    createdBy: row.createdBy?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    topics: row.topics.map((t) => t.topic),
    authors: row.authors.map((a) => a.author),
    /** What this actor may do to it, for the workflow buttons (the server checks again on every action). */
    allowed: Object.fromEntries(ACTIONS.map((a) => [a, canOnArticle(actor, a, ownership)])) as Record<ArticleAction, boolean>,
  };
}

/** One article for the editor, or null when it does not exist or the actor may not see it (404 for both). */
export async function getAdminArticle(actor: Actor, id: number): Promise<AdminArticle | null> {
  const row = await db.article.findFirst({ where: { AND: [{ id }, articleScope(actor)] }, select: adminSelect });
  return row ? toAdminArticle(row, actor) : null;
}

export type ArticleFilters = {
  status?: string;
  categoryId?: number;
  topicId?: number;
  authorId?: number;
  language?: string;
  q?: string;
  page?: number;
};

/** Reads the list filters from URL search params, ignoring values that cannot be valid. */
export function parseArticleFilters(params: Record<string, string | string[] | undefined>): ArticleFilters {
  const one = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : undefined);
  const int = (k: string) => {
    const v = one(k);
    return v && /^[1-9][0-9]{0,9}$/.test(v) ? Number(v) : undefined;
  };
  const status = one("status");
  const language = one("language");
  return {
    status: status && (ARTICLE_STATUSES as readonly string[]).includes(status) ? status : undefined,
    language: language && (LANGUAGES as readonly string[]).includes(language) ? language : undefined,
    categoryId: int("category"),
    topicId: int("topic"),
    authorId: int("author"),
    q: one("q")?.trim().slice(0, 200) || undefined,
    page: int("page") ?? 1,
  };
}

export type AdminArticleRow = {
  id: number;
  title: string;
  slug: string;
  status: string;
  language: string;
  category: string;
  authors: string[];
  publishedAt: string | null;
  updatedAt: string;
  isBreaking: boolean;
};

export async function listAdminArticles(actor: Actor, filters: ArticleFilters) {
  const and: Prisma.ArticleWhereInput[] = [articleScope(actor)];
  if (filters.status) and.push({ status: filters.status });
  if (filters.categoryId) and.push({ categoryId: filters.categoryId });
  if (filters.topicId) and.push({ topics: { some: { topicId: filters.topicId } } });
  if (filters.authorId) and.push({ authors: { some: { authorId: filters.authorId } } });
  if (filters.language) and.push({ language: filters.language });
  if (filters.q) and.push({ OR: [{ title: containsText(filters.q) }, { searchText: containsText(filters.q) }, { slug: containsText(filters.q) }] });
  const where: Prisma.ArticleWhereInput = { AND: and };
  const page = Math.max(1, filters.page ?? 1);
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        slug: true,
        status: true,
        language: true,
        publishedAt: true,
        updatedAt: true,
        isBreaking: true,
        category: { select: { name: true } },
        authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
      },
    }),
  ]);
  const articles: AdminArticleRow[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    slug: r.slug,
    status: r.status,
    language: r.language,
    category: r.category.name,
    authors: r.authors.map((a) => a.author.name),
    publishedAt: r.publishedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
    isBreaking: r.isBreaking,
  }));
  return { articles, total, page, totalPages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

export type RevisionSummary = { id: number; version: number; note: string; user: string | null; createdAt: string };

/** An article's revisions, newest first (null when the article is not visible to the actor). */
export async function listRevisions(actor: Actor, articleId: number): Promise<RevisionSummary[] | null> {
  const visible = await db.article.findFirst({ where: { AND: [{ id: articleId }, articleScope(actor)] }, select: { id: true } });
  if (!visible) return null;
  const rows = await db.revision.findMany({
    where: { articleId },
    orderBy: [{ version: "desc" }, { id: "desc" }],
    select: { id: true, version: true, note: true, createdAt: true, user: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, version: r.version, note: r.note, user: r.user?.name ?? null, createdAt: r.createdAt.toISOString() }));
}

/** One revision's snapshot (the editable fields at that version). */
export async function getRevision(actor: Actor, articleId: number, revisionId: number) {
  const visible = await db.article.findFirst({ where: { AND: [{ id: articleId }, articleScope(actor)] }, select: { id: true } });
  if (!visible) return null;
  const row = await db.revision.findFirst({
    where: { id: revisionId, articleId },
    select: { id: true, version: true, note: true, createdAt: true, snapshot: true, user: { select: { name: true } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    user: row.user?.name ?? null,
    snapshot: JSON.parse(row.snapshot) as Record<string, unknown>,
  };
}
