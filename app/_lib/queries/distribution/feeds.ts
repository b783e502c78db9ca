// The reads behind the RSS/Atom/JSON feeds: shaped, public-only, cached with the pages' tags.
import "server-only";
import type { Prisma } from "@/app/_generated/prisma/client";
import { db } from "../../db";
import { tags } from "../../cache-tags";
import { cachedRead } from "../cached";
import { newestFirst, publicWhere } from "../shapes";
import { type DistributedArticle, withBodySelect, toDistributed } from "./article";

export type FeedScopeKind = "site" | "category" | "topic" | "author";
export type FeedScope = { kind: FeedScopeKind; slug: string; name: string; description: string; path: string };
export const FEED_ITEMS = 50;

/**
 * The newest public articles of the site, a category, a topic or an author,
 * with their bodies; null when the category/topic/author does not exist.
 */
export async function getFeed(kind: FeedScopeKind, slug = ""): Promise<{ scope: FeedScope; articles: DistributedArticle[] } | null> {
  return cachedRead(["feed", kind, slug], [tags.articles, tags.taxonomy], async () => {
    let scope: FeedScope;
    let where: Prisma.ArticleWhereInput = publicWhere();
    if (kind === "site") {
      scope = { kind, slug: "", name: "", description: "", path: "/" };
    } else if (kind === "category") {
      const c = await db.category.findUnique({ where: { slug }, select: { id: true, name: true, description: true } });
      if (!c) return null;
      scope = { kind, slug, name: c.name, description: c.description, path: `/category/${slug}` };
      where = { ...where, categoryId: c.id };
    } else if (kind === "topic") {
      const t = await db.topic.findUnique({ where: { slug }, select: { id: true, name: true, description: true } });
      if (!t) return null;
      scope = { kind, slug, name: t.name, description: t.description, path: `/topic/${slug}` };
      where = { ...where, topics: { some: { topicId: t.id } } };
    } else {
      const a = await db.author.findUnique({ where: { slug }, select: { id: true, name: true, bio: true } });
      if (!a) return null;
      scope = { kind, slug, name: a.name, description: a.bio, path: `/author/${slug}` };
      where = { ...where, authors: { some: { authorId: a.id } } };
    }
    const rows = await db.article.findMany({ where, orderBy: newestFirst, take: FEED_ITEMS, select: withBodySelect });
    return { scope, articles: rows.map(toDistributed) };
  });
}

