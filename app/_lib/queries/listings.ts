// Section, topic and author listings: a page of cards, newest first.
import "server-only";
import { db } from "../db";
import { tags } from "../cache-tags";
import { cachedRead } from "./cached";
import { authorProfileSelect, mediaUrl, publicLinkWhere, publicWhere, type ArticleCard, type ImageVariant, newestFirst } from "./shapes";
import { cardsById } from "./article-sql";
import { localizeCards } from "./taxonomy";

export const PAGE_SIZE = 12;

/**
 * The cards of the stories `ids`, in that order. Listings pick a page of ids
 * with Prisma (the order and the offset ride on their indexes), then read the
 * cards in one statement (article-sql.ts): a nested select of the cards costs
 * Prisma three more statements, ~2 ms of CPU per page on the machine of
 * BENCHMARKS.md (4.3-4.6 against 2.2-2.6 ms for a topic page).
 */
async function cardsInOrder(ids: number[], language: string): Promise<ArticleCard[]> {
  const byId = await localizeCards(await cardsById(ids), language);
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type Listing = { articles: ArticleCard[]; page: number; totalPages: number; total: number };

const listing = (articles: ArticleCard[], page: number, total: number): Listing => ({
  articles,
  page,
  total,
  totalPages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
});

/**
 * A category's published articles in an edition's language, newest first;
 * null when the category does not exist (in that edition: the Urdu edition
 * finds it by its Urdu slug and names it in Urdu).
 */
export async function getCategoryListing(slug: string, page: number, language = "en") {
  return cachedRead(["category-listing", slug, page, language], [tags.articles, tags.taxonomy], async () => {
    const category =
      language === "en"
        ? await db.category.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } })
        : await db.categoryLocale
            .findUnique({ where: { language_slug: { language, slug } }, select: { categoryId: true, slug: true, name: true, description: true } })
            .then((r) => r && { id: r.categoryId, slug: r.slug, name: r.name, description: r.description });
    if (!category) return null;
    const where = { categoryId: category.id, language, ...publicWhere() };
    const [total, rows] = await Promise.all([
      db.article.count({ where }),
      db.article.findMany({ where, orderBy: newestFirst, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: { id: true } }),
    ]);
    return { category, listing: listing(await cardsInOrder(rows.map((r) => r.id), language), page, total) };
  });
}

// Topic and author listings read the link tables, whose copies of status and
// publishedAt make each page one range scan of the (id, status, publishedAt)
// index instead of a join over Article.

/** A topic's published articles, newest first; null when the topic does not exist. */
export async function getTopicListing(slug: string, page: number, language = "en") {
  return cachedRead(["topic-listing", slug, page, language], [tags.articles, tags.taxonomy], async () => {
    const topic =
      language === "en"
        ? await db.topic.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } })
        : await db.topicLocale
            .findUnique({ where: { language_slug: { language, slug } }, select: { topicId: true, slug: true, name: true, description: true } })
            .then((r) => r && { id: r.topicId, slug: r.slug, name: r.name, description: r.description });
    if (!topic) return null;
    const where = { topicId: topic.id, language, ...publicLinkWhere() };
    const [total, rows] = await Promise.all([
      db.articleTopic.count({ where }),
      db.articleTopic.findMany({
        where,
        orderBy: [{ publishedAt: "desc" }, { articleId: "desc" }],
        skip: (page - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
        select: { articleId: true },
      }),
    ]);
    return { topic, listing: listing(await cardsInOrder(rows.map((r) => r.articleId), language), page, total) };
  });
}

/** An author's published articles, newest first, with the profile; null when the author does not exist. */
export async function getAuthorListing(slug: string, page: number, language = "en") {
  return cachedRead(["author-listing", slug, page, language], [tags.articles, tags.taxonomy], async () => {
    const row = await db.author.findUnique({
      where: { slug },
      select: {
        ...authorProfileSelect,
        avatar: { select: { file: true, width: true, height: true, alt: true, variants: true } },
      },
    });
    if (!row) return null;
    const { avatar, ...profile } = row;
    const author = {
      ...profile,
      avatar: avatar
        ? {
            src: mediaUrl(avatar.file),
            width: avatar.width,
            height: avatar.height,
            alt: avatar.alt || `Portrait of ${row.name}`,
            caption: "",
            credit: "",
            variants: JSON.parse(avatar.variants) as ImageVariant[],
          }
        : null,
    };
    const where = { authorId: row.id, language, ...publicLinkWhere() };
    const [total, rows] = await Promise.all([
      db.articleAuthor.count({ where }),
      db.articleAuthor.findMany({
        where,
        orderBy: [{ publishedAt: "desc" }, { articleId: "desc" }],
        skip: (page - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
        select: { articleId: true },
      }),
    ]);
    return { author, listing: listing(await cardsInOrder(rows.map((r) => r.articleId), language), page, total) };
  });
}

export type AuthorProfile = NonNullable<Awaited<ReturnType<typeof getAuthorListing>>>["author"];

