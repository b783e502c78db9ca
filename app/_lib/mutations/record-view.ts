// Counts one reader of a public article for "Most Read". Anonymous and cheap: no
// auth, no audit, no cache invalidation (the Most Read box refreshes on its own
// short timer), so a view never un-caches a page.
//
// A reader counts once per article and day: the beacon is public, and a script
// replaying it must not push a story up "Most Read". Readers are told apart by
// a salted hash of their address and browser (the address itself is never
// stored); the rows live in the database so every instance sees them, and rows
// older than the Most Read window are pruned now and then.
import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "../db";
import { env } from "../env";
import { publicWhere } from "../queries/shapes";
import { MOST_READ_DAYS, viewDay } from "../queries/views";

export const recordViewInput = z.object({ articleId: z.number().int().positive().max(2_147_483_647) });

export type RecordViewResult =
  | { ok: true; counted: boolean }
  | { ok: false; status: 400 | 404; code: string; message: string; fields?: Record<string, string> };

/** Who is reading, as far as an anonymous beacon can tell. */
export type Viewer = { ip: string; userAgent: string };

function viewerKey(viewer: Viewer, day: string): string {
  return createHash("sha256")
    .update(`${env.SESSION_SECRET}\n${day}\n${viewer.ip}\n${viewer.userAgent}`)
    .digest("hex")
    .slice(0, 32);
}

const isUniqueViolation = (err: unknown) =>
  typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";

export async function recordView(input: unknown, viewer: Viewer, at = new Date()): Promise<RecordViewResult> {
  const parsed = recordViewInput.safeParse(input);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(".") || "body", i.message]));
    return {
      ok: false,
      status: 400,
      code: "invalid_input",
      message: 'Expected a JSON body like {"articleId": 123}.',
      fields,
    };
  }
  const { articleId } = parsed.data;
  const article = await db.article.findFirst({ where: { id: articleId, ...publicWhere(at) }, select: { id: true } });
  if (!article) return { ok: false, status: 404, code: "not_found", message: "No published article with that id." };
  const day = viewDay(at);
  try {
    await db.$transaction([
      db.articleViewer.create({ data: { articleId, day, viewer: viewerKey(viewer, day) } }),
      db.articleViewDaily.upsert({
        where: { articleId_day: { articleId, day } },
        create: { articleId, day, count: 1 },
        update: { count: { increment: 1 } },
      }),
    ]);
  } catch (err) {
    if (isUniqueViolation(err)) return { ok: true, counted: false };
    throw err;
  }
  if (Math.random() < 0.01) {
    const oldest = viewDay(new Date(at.getTime() - MOST_READ_DAYS * 86_400_000));
    await db.articleViewer.deleteMany({ where: { day: { lt: oldest } } });
  }
  return { ok: true, counted: true };
}
