// The front page: lead, top stories, latest, and each menu section's newest.
import "server-only";
import { tags } from "../cache-tags";
import { cachedRead } from "./cached";
import { Prisma } from "@/app/_generated/prisma/client";
import { pictureFirst, type ArticleCard } from "./shapes";
import { cardsById, isPublic } from "./article-sql";
import { newestByPart } from "./newest-by-part";
import { getMenuCategories, localizeCards } from "./taxonomy";

export type FrontPage = {
  lead: ArticleCard | null;
  top: ArticleCard[];
  latest: ArticleCard[];
  sections: { category: { id: number; slug: string; name: string }; articles: ArticleCard[] }[];
};

const FRONT_LATEST = 17; // lead, four top stories, twelve latest
const FRONT_PER_SECTION = 4;

/** An edition's front page: its own language's stories, its menu's sections (names and slugs of that edition). */
export async function getFrontPage(language = "en"): Promise<FrontPage> {
  return cachedRead(["front-page", language], [tags.articles, tags.taxonomy], async () => {
    const now = new Date();
    const categories = await getMenuCategories(language);
    const picks = await frontCandidates(categories.map((c) => c.id), now, language);
    const byId = await localizeCards(await cardsById([...new Set(picks.map((p) => p.articleId))]), language);
    const newestOf = (categoryId: number | null) => picks.filter((p) => p.part === categoryId).flatMap((p) => byId.get(p.articleId) ?? []);
    // The lead is the newest story with a picture among the freshest five.
    const cards = pictureFirst(newestOf(null), 5);
    return {
      lead: cards[0] ?? null,
      top: cards.slice(1, 5),
      latest: cards.slice(5, FRONT_LATEST),
      sections: categories.map((category) => ({ category, articles: newestOf(category.id) })).filter((s) => s.articles.length > 0),
    };
  });
}

/**
 * The front page's stories as ids in one statement (newestByPart): the latest
 * public stories of the site (part null) and each section's latest (part =
 * the section's id); 0.2 ms at 100,000 articles, their cards one more
 * statement. It was one findMany with the card select for the latest and one
 * per section, each a query compilation and three statements in Prisma 6: the
 * front page's read took 35 ms (49 ms of CPU) with 9 sections at 100,000
 * articles, now 12-13 ms (22 ms), the same result.
 */
function frontCandidates(categoryIds: number[], now: Date, language: string) {
  const latest = Prisma.sql`SELECT a."id" AS "articleId", CAST(NULL AS INTEGER) AS "part", a."publishedAt" FROM "Article" a
      WHERE ${isPublic(now)} AND a."language" = ${language}
      ORDER BY a."publishedAt" DESC, a."id" DESC
      LIMIT ${FRONT_LATEST}`;
  const sections = categoryIds.map(
    (categoryId) => Prisma.sql`SELECT a."id" AS "articleId", a."categoryId" AS "part", a."publishedAt" FROM "Article" a
      WHERE a."categoryId" = ${categoryId} AND ${isPublic(now)} AND a."language" = ${language}
      ORDER BY a."publishedAt" DESC, a."id" DESC
      LIMIT ${FRONT_PER_SECTION}`,
  );
  return newestByPart([latest, ...sections]);
}

