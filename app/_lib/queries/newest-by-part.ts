// One statement for the newest stories of several parts (the front page's sections, a story's rails).
import "server-only";
import { db } from "../db";
import { Prisma } from "@/app/_generated/prisma/client";
import { rawTimeMs } from "./raw-time";

/**
 * Stories picked by several parts, each a query of
 * `"articleId", "part", "publishedAt"` with its own ORDER BY and LIMIT, in one
 * statement: a UNION ALL of one index range scan per part. Raw SQL because
 * Prisma's query API has no per-group limit. The SQL is plain enough for
 * SQLite and Postgres alike (test:pg runs the same tests). Newest first.
 */
export async function newestByPart(parts: Prisma.Sql[]): Promise<{ articleId: number; part: number | null; at: number }[]> {
  const union = Prisma.join(
    parts.map((part) => Prisma.sql`SELECT * FROM (${part}) AS "part"`),
    " UNION ALL ",
  );
  const rows = await db.$queryRaw<{ articleId: number | bigint; part: number | bigint | null; publishedAt: Date | string | null }[]>`${union}`;
  return rows
    .map((r) => ({ articleId: Number(r.articleId), part: r.part === null ? null : Number(r.part), at: rawTimeMs(r.publishedAt) }))
    .sort((a, b) => b.at - a.at || b.articleId - a.articleId);
}

