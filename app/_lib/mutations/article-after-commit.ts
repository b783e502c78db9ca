// What happens after an article write has committed, in one place:
// 1. revalidate every cache tag that shows the article (before and after the change),
// 2. write the audit log,
// 3. (distribution) enqueue webhook events: add the call at the marked line.
import { tags } from "../cache-tags";
import type { ArticleSnapshot } from "../article-fields";
import { auditWho, writeAudit } from "./audit";
import type { MutationContext } from "./context";
import { revalidateTags } from "./revalidate";
import { enqueueArticleWebhooks } from "../webhooks/enqueue";

export type ArticleEvent =
  | "article.created"
  | "article.updated"
  | "article.submitted"
  | "article.published"
  | "article.scheduled"
  | "article.unpublished"
  | "article.archived"
  | "article.deleted";

export type { ArticleSnapshot } from "../article-fields";

/** Every tag that may show this article, for both its old and new state (a move between sections empties the old one). */
export function articleTags(before: ArticleSnapshot | null, after: ArticleSnapshot | null): string[] {
  const out: string[] = [tags.articles, tags.redirects];
  for (const s of [before, after]) {
    if (!s) continue;
    out.push(tags.article(s.id), tags.articleSlug(s.slug), tags.category(s.categoryId));
    for (const t of s.topicIds) out.push(tags.topic(t));
    for (const a of s.authorIds) out.push(tags.author(a));
  }
  return [...new Set(out)];
}

export async function afterArticleWrite(ctx: MutationContext, event: ArticleEvent, before: ArticleSnapshot | null, after: ArticleSnapshot | null) {
  revalidateTags(articleTags(before, after));
  const s = (after ?? before)!;
  await writeAudit(auditWho(ctx.actor, ctx.ip), event, "article", s.id, {
    title: s.title,
    slug: s.slug,
    version: after?.version ?? null,
    status: after?.status ?? null,
    ...(before && after && before.slug !== after.slug ? { oldSlug: before.slug } : {}),
  });
  // Webhooks: readers' apps hear about publish, update and unpublish (never fails the write).
  await enqueueArticleWebhooks(before, after);
}
