// The article a reader page shows: the public version, or, in draft mode for a
// logged-in staff member who may see it, the current draft (never cached).
import "server-only";
import { draftMode } from "next/headers";
import { db } from "../db";
import { getActor } from "../auth/server";
import { getPublicArticle } from "./articles";
import { articleScope } from "./admin/scope";
import { fullSelect, toFull, type ArticleFull } from "./shapes";

export async function getArticleForPage(slug: string): Promise<ArticleFull | null> {
  const { isEnabled } = await draftMode();
  if (isEnabled) {
    const actor = await getActor();
    if (actor) {
      const row = await db.article.findFirst({ where: { AND: [{ slug }, articleScope(actor)] }, select: fullSelect });
      if (row) return { ...toFull(row), publishedAt: (row.publishedAt ?? new Date()).toISOString() };
    }
  }
  return getPublicArticle(slug);
}
