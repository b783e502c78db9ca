// Restoring an earlier revision of an article, as a new save.
import { ARTICLE_COLUMNS, type ArticleFieldValues, type ArticleSnapshot, type ColumnField } from "../article-fields";
import type { BodyDoc } from "../content/body";
import { restoreInput } from "./article-input";
import type { MutationContext } from "./context";
import { notFound, parseInput } from "@/app/_lib/errors";
import { changeArticle, isLive, renderBody, type WriteRow } from "./article-write";

// Each column as the revision had it, or as it is now when the revision lacks it (an
// older snapshot). The address stays (a restore never moves a story); the section and
// hero image are checked by the caller, as they may have been deleted since.
function restoredColumns(s: Partial<ArticleSnapshot>, current: WriteRow) {
  const restored = ARTICLE_COLUMNS.filter((k) => k !== "slug" && k !== "categoryId" && k !== "heroMediaId").map((k) => [k, s[k] ?? current[k]]);
  return Object.fromEntries(restored) as Partial<Pick<ArticleFieldValues, ColumnField>>;
}

/** Brings back the words and settings of an earlier revision as a new save (history is never rewritten). */
export async function restoreRevision(ctx: MutationContext, id: number, revisionId: number, input: unknown = {}) {
  const { version } = parseInput(restoreInput, input ?? {});
  return changeArticle(ctx, id, "restore", "article.updated", version, input, async (current, tx) => {
    const revision = await tx.revision.findFirst({ where: { id: revisionId, articleId: id }, select: { version: true, snapshot: true } });
    if (!revision) throw notFound("Revision");
    const s = JSON.parse(revision.snapshot) as Partial<ArticleSnapshot>;
    const body = (s.bodyJson ?? JSON.parse(current.bodyJson)) as BodyDoc;
    const { bodyHtml, text } = renderBody(body);
    // Topics, bylines and images deleted since then are left out rather than failing the restore.
    const topicIds = s.topicIds ? (await tx.topic.findMany({ where: { id: { in: s.topicIds } }, select: { id: true } })).map((t) => t.id) : undefined;
    const authorIds = s.authorIds ? (await tx.author.findMany({ where: { id: { in: s.authorIds } }, select: { id: true } })).map((a) => a.id) : undefined;
    const orderedTopics = topicIds && s.topicIds!.filter((t) => topicIds.includes(t));
    const orderedAuthors = authorIds && s.authorIds!.filter((a) => authorIds.includes(a));
    const categoryOk = s.categoryId !== undefined && (await tx.category.findUnique({ where: { id: s.categoryId }, select: { id: true } }));
    const heroOk = s.heroMediaId ? await tx.media.findUnique({ where: { id: s.heroMediaId }, select: { id: true } }) : true;
    const title = s.title ?? current.title;
    const standfirst = s.standfirst ?? current.standfirst;
    return {
      data: {
        bodyJson: JSON.stringify(body),
        bodyHtml,
        searchText: [title, standfirst, text].join("\n"),
        ...restoredColumns(s, current),
        ...(categoryOk ? { categoryId: s.categoryId } : {}),
        heroMediaId: heroOk ? (s.heroMediaId ?? null) : null,
        ...(isLive(current.status, current.publishedAt) ? { contentUpdatedAt: new Date() } : {}),
      },
      status: current.status,
      publishedAt: current.publishedAt,
      topicIds: orderedTopics,
      authorIds: orderedAuthors,
      note: `Restored version ${revision.version}`,
    };
  });
}

