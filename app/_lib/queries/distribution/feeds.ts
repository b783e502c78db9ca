// The reads behind the RSS/Atom/JSON feeds: shaped, public-only, cached with the pages' tags.
import "server-only";
import type { Prisma } from "@/app/_generated/prisma/client";
import { db } from "../../db";
import { tags } from "../../cache-tags";
import { cachedRead } from "../cached";
import { newestFirst, publicWhere } from "../shapes";
import { type DistributedArticle, withBodySelect, toDistributed } from "./article";
import type { Language } from "../../domain";
import { inEdition } from "../../seo/urls";

export type FeedScopeKind = "site" | "category" | "topic" | "author";
/** language: the edition; the feed holds only its stories, and path is under its prefix (/ur). */
export type FeedScope = { kind: FeedScopeKind; slug: string; name: string; description: string; path: string; language: Language };
export const FEED_ITEMS = 50;

/**
 * The newest public articles of the site, a category, a topic or an author,
 * with their bodies; null when the category/topic/author does not exist.
 */
export async function getFeed(
  kind: FeedScopeKind,
  slug = "",
  language: Language = "en",
): Promise<{ scope: FeedScope; articles: DistributedArticle[] } | null> {
  return cachedRead(["feed", kind, slug, language], [tags.articles, tags.taxonomy], async () => {
    let scope: FeedScope;
    let where: Prisma.ArticleWhereInput = { ...publicWhere(), language };
    const path = (p: string) => inEdition(language, p);
    if (kind === "site") {
      scope = { kind, slug: "", name: "", description: "", path: path("/"), language };
    } else if (kind === "category") {
      // The Urdu edition names a section by its Urdu locale (slug and name).
      const c =
        language === "en"
          ? await db.category.findUnique({ where: { slug }, select: { id: true, name: true, description: true } })
          : await db.categoryLocale
              .findUnique({ where: { language_slug: { language, slug } }, select: { categoryId: true, name: true, description: true } })
              .then((l) => (l ? { id: l.categoryId, name: l.name, description: l.description } : null));
      if (!c) return null;
      scope = { kind, slug, name: c.name, description: c.description, path: path(`/category/${slug}`), language };
      where = { ...where, categoryId: c.id };
    } else if (kind === "topic") {
      const t =
        language === "en"
          ? await db.topic.findUnique({ where: { slug }, select: { id: true, name: true, description: true } })
          : await db.topicLocale
              .findUnique({ where: { language_slug: { language, slug } }, select: { topicId: true, name: true, description: true } })
              .then((l) => (l ? { id: l.topicId, name: l.name, description: l.description } : null));
      if (!t) return null;
      scope = { kind, slug, name: t.name, description: t.description, path: path(`/topic/${slug}`), language };
      where = { ...where, topics: { some: { topicId: t.id } } };
    } else {
      const a = await db.author.findUnique({ where: { slug }, select: { id: true, name: true, bio: true } });
      if (!a) return null;
      scope = { kind, slug, name: a.name, description: a.bio, path: path(`/author/${slug}`), language };
      where = { ...where, authors: { some: { authorId: a.id } } };
    }
    const rows = await db.article.findMany({ where, orderBy: newestFirst, take: FEED_ITEMS, select: withBodySelect });
    return { scope, articles: rows.map(toDistributed) };
  });
}

