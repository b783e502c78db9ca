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

/** How many of each topic's latest stories are candidates for "Related Stories". */
const RELATED_PER_TOPIC = 40;

export type StoryRails = {
  /** The section's latest stories, without the one being read. */
  more: ArticleCard[];
  /**
   * Those sharing the most topics first (among each topic's recent stories,
   * read from the ArticleTopic index so the cost does not grow with the
   * archive), then the latest of the same section.
   */
  related: ArticleCard[];
};

/**
 * The rails under a story: "More Stories From <section>" and "Related Stories",
 * in one read because the second falls back on the first's stories. A cache
 * miss costs two queries whatever the number of topics: one statement for the
 * candidates of both rails (story ids), one read for their cards.
 */
export async function getStoryRails(article: { id: number; categoryId: number; topicIds: number[] }, limit = 4): Promise<StoryRails> {
  return cachedRead(
    ["story-rails", article.id, limit],
    [tags.articles, tags.article(article.id), tags.category(article.categoryId)],
    async () => {
      const now = new Date();
      // Twice the rail: the related fallback skips at most limit - 1 stories already chosen by topic.
      const candidates = await railCandidates(article, 2 * limit, now);
      const sectionIds = candidates.filter((c) => c.part === null).map((c) => c.articleId);
      const score = new Map<number, { shared: number; at: number }>();
      for (const row of candidates) {
        if (row.part === null) continue;
        const s = score.get(row.articleId) ?? { shared: 0, at: row.at };
        s.shared += 1;
        score.set(row.articleId, s);
      }
      const ranked = [...score.entries()]
        .sort((a, b) => b[1].shared - a[1].shared || b[1].at - a[1].at || b[0] - a[0])
        .slice(0, limit)
        .map(([id]) => id);
      // The link table's copy of status and publishedAt chose them; the article's own row has the last word.
      const ids = [...new Set([...sectionIds, ...ranked])];
      const byId = await cardsById(ids, { publicAt: now });
      const section = sectionIds.flatMap((id) => byId.get(id) ?? []);
      const byTopic = ranked.flatMap((id) => byId.get(id) ?? []);
      const chosen = new Set(byTopic.map((r) => r.id));
      const fill = section.filter((r) => !chosen.has(r.id)).slice(0, limit - byTopic.length);
      return { more: section.slice(0, limit), related: [...byTopic, ...fill] };
    },
  );
}

/**
 * The candidates of a story's rails in one statement (newestByPart): the
 * section's latest `sectionLimit` public stories (part null) and each topic's
 * latest RELATED_PER_TOPIC (part = the topic's id), all without the story
 * itself. One findMany per part would cost a query compilation each (about
 * 1 ms of CPU with Prisma 6's query compiler, the largest cost of a story's
 * first view), and a nested `take` under topic.findMany loads every link of
 * each topic and cuts them in memory (250 ms at 100,000 articles).
 */
function railCandidates(article: { id: number; categoryId: number; topicIds: number[] }, sectionLimit: number, now: Date) {
  const at = rawTime(now);
  const statuses = Prisma.join(PUBLIC_STATUSES);
  const section = Prisma.sql`SELECT "id" AS "articleId", CAST(NULL AS INTEGER) AS "part", "publishedAt" FROM "Article"
      WHERE "categoryId" = ${article.categoryId} AND "status" IN (${statuses}) AND "publishedAt" <= ${at} AND "id" <> ${article.id}
      ORDER BY "publishedAt" DESC, "id" DESC
      LIMIT ${sectionLimit}`;
  const perTopic = article.topicIds.map(
    (topicId) => Prisma.sql`SELECT "articleId", "topicId" AS "part", "publishedAt" FROM "ArticleTopic"
      WHERE "topicId" = ${topicId} AND "status" IN (${statuses}) AND "publishedAt" <= ${at} AND "articleId" <> ${article.id}
      ORDER BY "publishedAt" DESC, "articleId" DESC
      LIMIT ${RELATED_PER_TOPIC}`,
  );
  return newestByPart([section, ...perTopic]);
}

