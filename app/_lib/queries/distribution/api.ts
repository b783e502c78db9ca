// The reads behind the public API (/api/v1): shaped, public-only, cached with the pages' tags.
import "server-only";
import type { Prisma } from "@/app/_generated/prisma/client";
import { db } from "../../db";
import { tags } from "../../cache-tags";
import { cachedRead } from "../cached";
import { authorProfileSelect, newestFirst, publicLinkWhere, publicWhere, type AuthorProfile } from "../shapes";
import { type DistributedArticle, articleSelect, withBodySelect, toDistributed } from "./article";

export type ApiArticleFilters = {
  category?: string;
  topic?: string;
  author?: string;
  language?: string;
  since?: string;
  page: number;
  perPage: number;
};

export type ApiArticlePage = { articles: DistributedArticle[]; total: number };

export async function listApiArticles(f: ApiArticleFilters): Promise<ApiArticlePage> {
  const key = ["api-articles", f.category ?? "", f.topic ?? "", f.author ?? "", f.language ?? "", f.since ?? "", f.page, f.perPage];
  return cachedRead(key, [tags.articles, tags.taxonomy], async () => {
    const where: Prisma.ArticleWhereInput = {
      ...publicWhere(),
      ...(f.category ? { category: { slug: f.category } } : {}),
      ...(f.topic ? { topics: { some: { topic: { slug: f.topic } } } } : {}),
      ...(f.author ? { authors: { some: { author: { slug: f.author } } } } : {}),
      ...(f.language ? { language: f.language } : {}),
      // "since": published or editorially updated at or after that moment, so
      // a client polling with its last sync time also sees corrections.
      ...(f.since ? { OR: [{ publishedAt: { gte: new Date(f.since) } }, { contentUpdatedAt: { gte: new Date(f.since) } }] } : {}),
    };
    const [total, rows] = await Promise.all([
      db.article.count({ where }),
      db.article.findMany({ where, orderBy: newestFirst, skip: (f.page - 1) * f.perPage, take: f.perPage, select: articleSelect }),
    ]);
    return { total, articles: rows.map(toDistributed) };
  });
}

export async function getApiArticle(slug: string): Promise<DistributedArticle | null> {
  return cachedRead(["api-article", slug], [tags.articles, tags.articleSlug(slug)], async () => {
    const row = await db.article.findFirst({ where: { slug, ...publicWhere() }, select: withBodySelect });
    return row ? toDistributed(row) : null;
  });
}

export type ApiTaxonomyItem = { id: number; slug: string; name: string; description: string; articleCount: number };

export async function listApiCategories(): Promise<ApiTaxonomyItem[]> {
  return cachedRead(["api-categories"], [tags.taxonomy, tags.articles], async () => {
    const [rows, counts] = await Promise.all([
      db.category.findMany({ orderBy: [{ menuOrder: "asc" }, { name: "asc" }], select: { id: true, slug: true, name: true, description: true } }),
      db.article.groupBy({ by: ["categoryId"], where: publicWhere(), _count: { _all: true } }),
    ]);
    const byId = new Map(counts.map((c) => [c.categoryId, c._count._all]));
    return rows.map((r) => ({ ...r, articleCount: byId.get(r.id) ?? 0 }));
  });
}

export async function listApiTopics(): Promise<ApiTaxonomyItem[]> {
  return cachedRead(["api-topics"], [tags.taxonomy, tags.articles], async () => {
    const [rows, counts] = await Promise.all([
      db.topic.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, description: true } }),
      db.articleTopic.groupBy({
        by: ["topicId"],
        where: publicLinkWhere(),
        _count: { _all: true },
      }),
    ]);
    const byId = new Map(counts.map((c) => [c.topicId, c._count._all]));
    return rows.map((r) => ({ ...r, articleCount: byId.get(r.id) ?? 0 }));
  });
}

export type ApiAuthor = Omit<AuthorProfile, "bio"> & { bio: string; articleCount: number };

export async function listApiAuthors(): Promise<ApiAuthor[]> {
  return cachedRead(["api-authors"], [tags.taxonomy, tags.articles], async () => {
    const [rows, counts] = await Promise.all([
      db.author.findMany({ orderBy: { name: "asc" }, select: authorProfileSelect }),
      db.articleAuthor.groupBy({
        by: ["authorId"],
        where: publicLinkWhere(),
        _count: { _all: true },
      }),
    ]);
    const byId = new Map(counts.map((c) => [c.authorId, c._count._all]));
    return rows.map((r) => ({ ...r, articleCount: byId.get(r.id) ?? 0 }));
  });
}
