// Which newsroom writes readers' apps hear about, and what they are told.
import { PUBLIC_STATUSES, type ArticleStatus } from "../domain";
import { absoluteUrl } from "../site";
import { paths } from "../seo/urls";

export const WEBHOOK_EVENTS = ["article.published", "article.updated", "article.unpublished"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export type ArticleState = { id: number; slug: string; title: string; status: string; publishedAt: string | null };

const isPublic = (s: ArticleState | null, now: Date) =>
  !!s && PUBLIC_STATUSES.includes(s.status as ArticleStatus) && !!s.publishedAt && new Date(s.publishedAt) <= now;

/**
 * The webhook event for a write, or null when readers saw no change: a draft
 * saved, a story scheduled for later, an already hidden story archived.
 */
export function webhookEventFor(before: ArticleState | null, after: ArticleState | null, now = new Date()): WebhookEvent | null {
  const was = isPublic(before, now);
  const is = isPublic(after, now);
  if (!was && is) return "article.published";
  if (was && is) return "article.updated";
  if (was && !is) return "article.unpublished";
  return null;
}

export function webhookPayload(event: WebhookEvent, article: ArticleState, now = new Date()) {
  const visible = event !== "article.unpublished";
  return {
    event,
    occurredAt: now.toISOString(),
    article: {
      id: article.id,
      slug: article.slug,
      title: article.title,
      status: article.status,
      publishedAt: article.publishedAt,
      url: absoluteUrl(paths.article(article.slug)),
      // Where to fetch the full story (404 once unpublished).
      apiUrl: visible ? absoluteUrl(`/api/v1/articles/${article.slug}`) : null,
    },
  };
}
