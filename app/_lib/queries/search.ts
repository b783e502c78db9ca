// Reader search: searchArticles(query, page) is the only entry point; pages see
// SearchResults, whatever the engine. The SQLite implementation (FTS5 index
// "ArticleSearch", migration 20261130070000_search_fts) is below; a Postgres
// implementation (tsvector) goes next to it and is picked in searchArticles.
// Not cached: queries are arbitrary user input, and caching each would let
// anyone fill the cache; the index answers in milliseconds.
import "server-only";
import { Prisma } from "@/app/_generated/prisma/client";
import { db } from "../db";
import { isPostgres } from "../env";
import { PUBLIC_STATUSES } from "../domain";
import { cardSelect, publicWhere, toCard, type ArticleCard } from "./shapes";
import { ftsMatchExpression, markTerms, MARK_END, MARK_START, searchTerms, splitMarked, withoutLeading, type HighlightPart } from "./search-query";

export type { HighlightPart } from "./search-query";

export const SEARCH_PAGE_SIZE = 10;
const MAX_PAGE = 100;

export type SearchHit = { article: ArticleCard; title: HighlightPart[]; snippet: HighlightPart[] };

export type SearchResults = {
  /** The words searched for, after cleaning (empty: nothing to search). */
  terms: string[];
  page: number;
  total: number;
  totalPages: number;
  hits: SearchHit[];
};

type EngineResult = { total: number; hits: { id: number; title: string; snippet: string }[] };
type Engine = (terms: string[], offset: number, limit: number, now: Date) => Promise<EngineResult>;

export async function searchArticles(query: string, page: number): Promise<SearchResults> {
  const terms = searchTerms(query);
  const safePage = Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1;
  if (terms.length === 0) return { terms, page: safePage, total: 0, totalPages: 0, hits: [] };
  const engine: Engine = isPostgres() ? searchWithContains : searchSqlite;
  const now = new Date();
  const found = await engine(terms, (safePage - 1) * SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE, now);
  const cards = found.hits.length
    ? await db.article.findMany({ where: { id: { in: found.hits.map((h) => h.id) } }, select: cardSelect })
    : [];
  const byId = new Map(cards.map((c) => [c.id, toCard(c)]));
  return {
    terms,
    page: safePage,
    total: found.total,
    totalPages: Math.ceil(found.total / SEARCH_PAGE_SIZE),
    hits: found.hits.flatMap((h) => {
      const article = byId.get(h.id);
      return article ? [{ article, title: splitMarked(h.title), snippet: withoutLeading(splitMarked(h.snippet), article.title) }] : [];
    }),
  };
}

// ---------------------------------------------------------------------------
// SQLite: FTS5, ranked by bm25 with the title weighted above the standfirst
// and the body; highlight()/snippet() mark the matched words.
// ---------------------------------------------------------------------------

// Prisma stores SQLite DateTime as ISO text with "+00:00"; compare in the same form.
const sqliteTime = (d: Date) => d.toISOString().replace("Z", "+00:00");

const searchSqlite: Engine = async (terms, offset, limit, now) => {
  const match = ftsMatchExpression(terms);
  const visible = Prisma.sql`a."status" IN (${Prisma.join(PUBLIC_STATUSES)}) AND a."publishedAt" <= ${sqliteTime(now)}`;
  const [countRows, rows] = await Promise.all([
    db.$queryRaw<{ total: number | bigint }[]>`
      SELECT count(*) AS total
      FROM "ArticleSearch" s JOIN "Article" a ON a."id" = s.rowid
      WHERE "ArticleSearch" MATCH ${match} AND ${visible}`,
    db.$queryRaw<{ id: number | bigint; title: string; snippet: string }[]>`
      SELECT a."id" AS id,
             highlight("ArticleSearch", 0, ${MARK_START}, ${MARK_END}) AS title,
             snippet("ArticleSearch", 2, ${MARK_START}, ${MARK_END}, '…', 28) AS snippet
      FROM "ArticleSearch" s JOIN "Article" a ON a."id" = s.rowid
      WHERE "ArticleSearch" MATCH ${match} AND ${visible}
      ORDER BY bm25("ArticleSearch", 10.0, 4.0, 1.0), a."publishedAt" DESC
      LIMIT ${limit} OFFSET ${offset}`,
  ]);
  return {
    total: Number(countRows[0]?.total ?? 0),
    hits: rows.map((r) => ({ id: Number(r.id), title: r.title, snippet: r.snippet })),
  };
};

// ---------------------------------------------------------------------------
// Stand-in for databases without an index implementation yet (Postgres until
// its tsvector search lands): every word must appear; headlines containing
// more of the words first, then newest. Ranks at most the newest 1,000 matches.
// ---------------------------------------------------------------------------

const STAND_IN_LIMIT = 1000;

const searchWithContains: Engine = async (terms, offset, limit, now) => {
  const where: Prisma.ArticleWhereInput = {
    ...publicWhere(now),
    AND: terms.map((t) => ({ searchText: { contains: t, mode: "insensitive" as const } })),
  };
  const [total, candidates] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: STAND_IN_LIMIT,
      select: { id: true, title: true, standfirst: true },
    }),
  ]);
  const inTitle = (title: string) => terms.filter((t) => title.toLowerCase().includes(t)).length;
  // Array.prototype.sort is stable: equal scores keep newest-first order.
  const ranked = candidates.map((c) => ({ ...c, score: inTitle(c.title) })).sort((a, b) => b.score - a.score);
  return {
    total,
    hits: ranked.slice(offset, offset + limit).map((r) => ({ id: r.id, title: markTerms(r.title, terms), snippet: markTerms(r.standfirst, terms) })),
  };
};
