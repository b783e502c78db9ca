// A story's rails: related stories, more from its section, recent stories.
import "server-only";
import { tags } from "../cache-tags";
import { PUBLIC_STATUSES } from "../domain";
import { cachedRead } from "./cached";
import { Prisma } from "@/app/_generated/prisma/client";
import type { ArticleCard } from "./shapes";
import { rawTime } from "./raw-time";
import { cardsById } from "./article-sql";
import { newestByPart } from "./newest-by-part";
import { localizeCards } from "./taxonomy";

/** How many of each topic's latest stories are candidates for "Related Stories". */
const RELATED_PER_TOPIC = 40;

export type StoryRails = {
  /** The section's latest stories, without the one being read or any already shown. */
  more: ArticleCard[];
  /**
   * Those sharing the most topics first (among each topic's recent stories,
   * read from the ArticleTopic index so the cost does not grow with the
   * archive), then the latest of the same section; none that "more" or the
   * page already shows.
   */
  related: ArticleCard[];
};

/**
 * The rails under a story: "More Stories From <section>" and "Related Stories",
 * in one read because the second falls back on the first's stories. A story
 * appears at most once on the page: `shown` are the ids the page lists
 * elsewhere (its Recent Stories), which neither rail repeats, and "Related"
 * skips what "More" shows; each rail fills with the next-best candidates. A
 * cache miss costs two queries whatever the number of topics: one statement
 * for the candidates of both rails (story ids), one read for their cards.
 */
export async function getStoryRails(
  article: { id: number; categoryId: number; topicIds: number[]; language?: string },
  limit = 4,
  shown: readonly number[] = [],
): Promise<StoryRails> {
  const language = article.language ?? "en";
  const exclude = [...new Set(shown)].filter((id) => id !== article.id).sort((a, b) => a - b);
  return cachedRead(
    ["story-rails", article.id, limit, exclude.join(","), language],
    [tags.articles, tags.article(article.id), tags.category(article.categoryId)],
    async () => {
      const now = new Date();
      // Enough of the section for both rails after the stories already shown:
      // "more" and the related fallback take at most `limit` each.
      const candidates = await railCandidates(article, 2 * limit + exclude.length, now, language);
      const taken = new Set(exclude);
      const sectionIds = candidates.filter((c) => c.part === null && !taken.has(c.articleId)).map((c) => c.articleId);
      const score = new Map<number, { shared: number; at: number }>();
      for (const row of candidates) {
        if (row.part === null || taken.has(row.articleId)) continue;
        const s = score.get(row.articleId) ?? { shared: 0, at: row.at };
        s.shared += 1;
        score.set(row.articleId, s);
      }
      // Ranked, then cut to what both rails could use: "more" may take up to
      // `limit` of them, and the cards' read may drop a few (below).
      const ranked = [...score.entries()]
        .sort((a, b) => b[1].shared - a[1].shared || b[1].at - a[1].at || b[0] - a[0])
        .slice(0, 3 * limit)
        .map(([id]) => id);
      // The link table's copy of status and publishedAt chose them; the article's own row has the last word.
      const byId = await localizeCards(await cardsById([...new Set([...sectionIds, ...ranked])], { publicAt: now, language }), language);
      const pick = (ids: number[], out: ArticleCard[]) => {
        for (const id of ids) {
          const card = byId.get(id);
          if (out.length >= limit) break;
          if (!card || taken.has(id)) continue;
          out.push(card);
          taken.add(id);
        }
        return out;
      };
      const more = pick(sectionIds, []);
      const related = pick(sectionIds, pick(ranked, []));
      return { more, related };
    },
  );
}

/**
 * The candidates of a story's rails in one statement (newestByPart): the
 * section's latest `sectionLimit` public stories (part null) and each topic's
 * latest RELATED_PER_TOPIC in the story's edition (part = the topic's id), all without the story
 * itself. One findMany per part would cost a query compilation each (about
 * 1 ms of CPU with Prisma 6's query compiler, the largest cost of a story's
 * first view), and a nested `take` under topic.findMany loads every link of
 * each topic and cuts them in memory (250 ms at 100,000 articles).
 */
function railCandidates(article: { id: number; categoryId: number; topicIds: number[] }, sectionLimit: number, now: Date, language: string) {
  const at = rawTime(now);
  const statuses = Prisma.join(PUBLIC_STATUSES);
  const section = Prisma.sql`SELECT "id" AS "articleId", CAST(NULL AS INTEGER) AS "part", "publishedAt" FROM "Article"
      WHERE "categoryId" = ${article.categoryId} AND "status" IN (${statuses}) AND "publishedAt" <= ${at} AND "id" <> ${article.id} AND "language" = ${language}
      ORDER BY "publishedAt" DESC, "id" DESC
      LIMIT ${sectionLimit}`;
  const perTopic = article.topicIds.map(
    (topicId) => Prisma.sql`SELECT "articleId", "topicId" AS "part", "publishedAt" FROM "ArticleTopic"
      WHERE "topicId" = ${topicId} AND "language" = ${language} AND "status" IN (${statuses}) AND "publishedAt" <= ${at} AND "articleId" <> ${article.id}
      ORDER BY "publishedAt" DESC, "articleId" DESC
      LIMIT ${RELATED_PER_TOPIC}`,
  );
  return newestByPart([section, ...perTopic]);
}

