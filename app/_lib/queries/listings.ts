// Section, topic and author listings: a page of cards, newest first.
import "server-only";
import { db } from "../db";
import { tags } from "../cache-tags";
import { cachedRead } from "./cached";
import { authorProfileSelect, mediaUrl, publicLinkWhere, publicWhere, type ArticleCard, type ImageVariant, newestFirst } from "./shapes";
import { cardsById } from "./article-sql";

export const PAGE_SIZE = 12;

/**
 * The cards of the stories `ids`, in that order. Listings pick a page of ids
 * with Prisma (the order and the offset ride on their indexes), then read the
 * cards in one statement (article-sql.ts): a nested select of the cards costs
 * Prisma three more statements, ~2 ms of CPU per page on the machine of
 * BENCHMARKS.md (4.3-4.6 against 2.2-2.6 ms for a topic page).
 */
async function cardsInOrder(ids: number[]): Promise<ArticleCard[]> {
  const byId = await cardsById(ids);
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type Listing = { articles: ArticleCard[]; page: number; totalPages: number; total: number };

const listing = (articles: ArticleCard[], page: number, total: number): Listing => ({
  articles,
  page,
  total,
  totalPages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
});

/** A category's published articles, newest first; null when the category does not exist. */
export async function getCategoryListing(slug: string, page: number) {
  return cachedRead(["category-listing", slug, page], [tags.articles, tags.taxonomy], async () => {
    const category = await db.category.findUnique({
      where: { slug },
      select: { id: true, slug: true, name: true, description: true },
    });
    if (!category) return null;
    const where = { categoryId: category.id, ...publicWhere() };
    const [total, rows] = await Promise.all([
      db.article.count({ where }),
      db.article.findMany({ where, orderBy: newestFirst, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: { id: true } }),
    ]);
    return { category, listing: listing(await cardsInOrder(rows.map((r) => r.id)), page, total) };
  });
}

// Topic and author listings read the link tables, whose copies of status and
// publishedAt make each page one range scan of the (id, status, publishedAt)
// index instead of a join over Article.

/** A topic's published articles, newest first; null when the topic does not exist. */
export async function getTopicListing(slug: string, page: number) {
  return cachedRead(["topic-listing", slug, page], [tags.articles, tags.taxonomy], async () => {
    const topic = await db.topic.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
    if (!topic) return null;
    const where = { topicId: topic.id, ...publicLinkWhere() };
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
    return { topic, listing: listing(await cardsInOrder(rows.map((r) => r.articleId)), page, total) };
  });
}

/** An author's published articles, newest first, with the profile; null when the author does not exist. */
export async function getAuthorListing(slug: string, page: number) {
  return cachedRead(["author-listing", slug, page], [tags.articles, tags.taxonomy], async () => {
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
    const where = { authorId: row.id, ...publicLinkWhere() };
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
    return { author, listing: listing(await cardsInOrder(rows.map((r) => r.articleId)), page, total) };
  });
}

export type AuthorProfile = NonNullable<Awaited<ReturnType<typeof getAuthorListing>>>["author"];

