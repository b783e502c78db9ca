// Public reads of sections (categories), topics and authors, per edition: the
// English edition uses Category/Topic themselves, the Urdu edition their
// CategoryLocale/TopicLocale rows (its names and slugs).
import "server-only";
import { db } from "../db";
import { tags } from "../cache-tags";
import { cachedRead } from "./cached";
import type { ArticleCard, CategoryRef, TopicRef } from "./shapes";

/** Sections shown in an edition's menu, in menu order (Urdu: those with an Urdu name). */
export async function getMenuCategories(language = "en"): Promise<CategoryRef[]> {
  return cachedRead(["menu-categories", language], [tags.taxonomy], async () => {
    if (language === "en") {
      return db.category.findMany({
        where: { inMenu: true },
        orderBy: [{ menuOrder: "asc" }, { name: "asc" }],
        select: { id: true, slug: true, name: true },
      });
    }
    const rows = await db.categoryLocale.findMany({
      where: { language, category: { inMenu: true } },
      orderBy: [{ category: { menuOrder: "asc" } }, { name: "asc" }],
      select: { categoryId: true, slug: true, name: true },
    });
    return rows.map((r) => ({ id: r.categoryId, slug: r.slug, name: r.name }));
  });
}

export type EditionNames = { categories: Record<number, { slug: string; name: string }>; topics: Record<number, { slug: string; name: string }> };

/** Every section's and topic's name and slug in a non-English edition, by id. */
export async function getEditionNames(language: string): Promise<EditionNames> {
  return cachedRead(["edition-names", language], [tags.taxonomy], async () => {
    const [categories, topics] = await Promise.all([
      db.categoryLocale.findMany({ where: { language }, select: { categoryId: true, slug: true, name: true } }),
      db.topicLocale.findMany({ where: { language }, select: { topicId: true, slug: true, name: true } }),
    ]);
    return {
      categories: Object.fromEntries(categories.map((c) => [c.categoryId, { slug: c.slug, name: c.name }])),
      topics: Object.fromEntries(topics.map((t) => [t.topicId, { slug: t.slug, name: t.name }])),
    };
  });
}

/** A section in an edition's words (the English row when the edition has none). */
export function localCategory<T extends CategoryRef>(names: EditionNames | null, c: T): T {
  const own = names?.categories[c.id];
  return own ? { ...c, ...own } : c;
}

export function localTopic<T extends TopicRef>(names: EditionNames | null, t: T): T {
  const own = names?.topics[t.id];
  return own ? { ...t, ...own } : t;
}

/** Cards (by id) with their section named as the edition names it. */
export async function localizeCards(byId: Map<number, ArticleCard>, language: string): Promise<Map<number, ArticleCard>> {
  if (language === "en") return byId;
  const names = await getEditionNames(language);
  return new Map([...byId].map(([id, card]) => [id, { ...card, category: localCategory(names, card.category) }]));
}
