// The newsroom dashboard. Admin reads are never cached and always scoped by
// the actor: contributors and authors see their own articles only.
import "server-only";
import { db } from "../../db";
import { ARTICLE_STATUSES, type ArticleStatus } from "../../domain";
import type { Actor } from "../../auth/roles";
import { articleScope } from "./scope";

export type DashboardData = {
  counts: Record<ArticleStatus, number>;
  waitingReview: { id: number; title: string; updatedAt: string; createdBy: string }[];
  scheduledNext: { id: number; title: string; publishedAt: string }[];
  recentActivity: { id: number; at: string; actor: string; action: string; entityType: string; entityId: string; title: string | null }[];
};

export async function getDashboard(actor: Actor): Promise<DashboardData> {
  const scope = articleScope(actor);
  const [grouped, review, scheduled, activity] = await Promise.all([
    db.article.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    db.article.findMany({
      where: { ...scope, status: "review" },
      orderBy: { updatedAt: "asc" },
      take: 10,
      select: { id: true, title: true, updatedAt: true, createdBy: { select: { name: true } } },
    }),
    db.article.findMany({
      where: { ...scope, status: "scheduled", publishedAt: { gt: new Date() } },
      orderBy: { publishedAt: "asc" },
      take: 10,
      select: { id: true, title: true, publishedAt: true },
    }),
    db.auditLog.findMany({
      where: actor.role === "editor" || actor.role === "admin" ? {} : { userId: actor.userId },
      orderBy: { at: "desc" },
      take: 12,
      select: { id: true, at: true, actor: true, action: true, entityType: true, entityId: true },
    }),
  ]);
  const counts = Object.fromEntries(ARTICLE_STATUSES.map((s) => [s, 0])) as Record<ArticleStatus, number>;
  for (const g of grouped) if (g.status in counts) counts[g.status as ArticleStatus] = g._count._all;
  const articleIds = activity.filter((a) => a.entityType === "article").map((a) => Number(a.entityId)).filter(Number.isInteger);
  const titles = new Map(
    (await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true } })).map((a) => [String(a.id), a.title]),
  );
  return {
    counts,
    waitingReview: review.map((a) => ({ id: a.id, title: a.title, updatedAt: a.updatedAt.toISOString(), createdBy: a.createdBy?.name ?? "" })),
    scheduledNext: scheduled.map((a) => ({ id: a.id, title: a.title, publishedAt: a.publishedAt!.toISOString() })),
    recentActivity: activity.map((a) => ({
      id: a.id,
      at: a.at.toISOString(),
      actor: a.actor,
      action: a.action,
      entityType: a.entityType,
      entityId: a.entityId,
      title: a.entityType === "article" ? (titles.get(a.entityId) ?? null) : null,
    })),
  };
}
