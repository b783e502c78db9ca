// Counts one read of a public article for "Most Read". Anonymous and cheap: no
// auth, no audit, no cache invalidation (the Most Read box refreshes on its own
// short timer), so a view never un-caches a page.
import "server-only";
import { z } from "zod";
import { db } from "../db";
import { publicWhere } from "../queries/shapes";
import { viewDay } from "../queries/views";

export const recordViewInput = z.object({ articleId: z.number().int().positive().max(2_147_483_647) });

export type RecordViewResult = { ok: true } | { ok: false; status: 400 | 404; code: string; message: string; fields?: Record<string, string> };

export async function recordView(input: unknown, at = new Date()): Promise<RecordViewResult> {
  const parsed = recordViewInput.safeParse(input);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(".") || "body", i.message]));
    return { ok: false, status: 400, code: "invalid_input", message: "Expected a JSON body like {\"articleId\": 123}.", fields };
  }
  const { articleId } = parsed.data;
  const article = await db.article.findFirst({ where: { id: articleId, ...publicWhere(at) }, select: { id: true } });
  if (!article) return { ok: false, status: 404, code: "not_found", message: "No published article with that id." };
  const day = viewDay(at);
  await db.articleViewDaily.upsert({
    where: { articleId_day: { articleId, day } },
    create: { articleId, day, count: 1 },
    update: { count: { increment: 1 } },
  });
  return { ok: true };
}
