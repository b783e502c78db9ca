// Reader search: searchArticles(query, page) is the only entry point; pages see
// SearchResults, whatever the engine. The SQLite implementation (FTS5 index
// "ArticleSearch", migration 20261130070000_search_fts) and the Postgres one
// (tsvector column "searchVector", migration 20261130100000_search_tsvector)
// are below; searchArticles picks one by DATABASE_URL.
// Cached like every public read (tags "articles" and "taxonomy"), and marked
// "search": queries are arbitrary reader input, so the cache handlers keep
// these entries, and the pages that show them, in memory only or briefly.
import "server-only";
import type { Language } from "../domain";
import { Prisma } from "@/app/_generated/prisma/client";
import { db } from "../db";
import { tags } from "../cache-tags";
import { cachedRead } from "./cached";
import { isPostgres } from "../env";
import { HIDDEN_STATUSES, PUBLIC_STATUSES } from "../domain";
import type { ArticleCard } from "./shapes";
import { cardsById } from "./article-sql";
import { sqliteTime } from "./raw-time";
import { ftsMatchExpression, MARK_END, MARK_START, searchTerms, splitMarked, tsQueryText, withoutLeading, type HighlightPart } from "./search-query";

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

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the language filter is urdu-data's (issue 20)
export async function searchArticles(query: string, page: number, language: Language = "en"): Promise<SearchResults> {
  const terms = searchTerms(query);
  const safePage = Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1;
  // No searchable word: nothing to ask the database, but still one read tagged
  // "search" (one entry for every such query), so the page showing it is marked
  // as reader input and kept off the disk like any search page (issue 24).
  if (terms.length === 0) return cachedRead(["search", "no-terms", safePage], [tags.search], async () => ({ terms, page: safePage, total: 0, totalPages: 0, hits: [] }));
  return cachedRead(["search", safePage, ...terms], [tags.articles, tags.taxonomy, tags.search], () => search(terms, safePage));
}

async function search(terms: string[], safePage: number): Promise<SearchResults> {
  const engine: Engine = isPostgres() ? searchPostgres : searchSqlite;
  const now = new Date();
  const found = await engine(terms, (safePage - 1) * SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE, now);
  const byId = await cardsById(found.hits.map((h) => h.id));
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

const searchSqlite: Engine = async (terms, offset, limit, now) => {
  const match = ftsMatchExpression(terms);
  // Visibility is checked by excluding the few articles readers may not see
  // (drafts, reviews, archived, scheduled for later), read from the
  // (status, publishedAt) index, so both queries stay inside the FTS index.
  // Joining Article instead reads one table row per match (tens of thousands
  // for a common word at 100,000 articles), and for the count SQLite's planner
  // even turned the join round, running the MATCH once per public article
  // (minutes). Measured in BENCHMARKS.md.
  const at = sqliteTime(now);
  const hidden = Prisma.sql`
    SELECT "id" FROM "Article" WHERE "status" IN (${Prisma.join(HIDDEN_STATUSES)})
    UNION ALL SELECT "id" FROM "Article" WHERE "status" IN (${Prisma.join(PUBLIC_STATUSES)}) AND "publishedAt" > ${at}
    UNION ALL SELECT "id" FROM "Article" WHERE "status" IN (${Prisma.join(PUBLIC_STATUSES)}) AND "publishedAt" IS NULL`;
  const [countRows, rows] = await Promise.all([
    db.$queryRaw<{ total: number | bigint }[]>`
      SELECT count(*) AS total FROM "ArticleSearch"
      WHERE "ArticleSearch" MATCH ${match} AND rowid NOT IN (${hidden})`,
    // Ties in rank go to the newer story (ids grow with time).
    db.$queryRaw<{ id: number | bigint; title: string; snippet: string }[]>`
      SELECT rowid AS id,
             highlight("ArticleSearch", 0, ${MARK_START}, ${MARK_END}) AS title,
             snippet("ArticleSearch", 2, ${MARK_START}, ${MARK_END}, '…', 28) AS snippet
      FROM "ArticleSearch"
      WHERE "ArticleSearch" MATCH ${match} AND rowid NOT IN (${hidden})
      ORDER BY bm25("ArticleSearch", 10.0, 4.0, 1.0), rowid DESC
      LIMIT ${limit} OFFSET ${offset}`,
  ]);
  return {
    total: Number(countRows[0]?.total ?? 0),
    hits: rows.map((r) => ({ id: Number(r.id), title: r.title, snippet: r.snippet })),
  };
};

// ---------------------------------------------------------------------------
// Postgres: the weighted tsvector column "searchVector" with its GIN index
// (migration 20261130100000_search_tsvector), ranked by ts_rank with the title
// weighted above the standfirst and the body; ts_headline marks the words.
// Column, queries and headlines all use the text search configuration
// "portal_search" ('simple' after unaccent, migration
// 20261130131000_search_unaccent), so accents fold as in SQLite's FTS5 index.
// ---------------------------------------------------------------------------

// ts_rank weights for {D, C, B, A}: body C, standfirst B, title A. ts_rank adds
// repeated occurrences with falling weight (at most ~1.6x one occurrence), so
// one headline match outranks any number of body matches, as on SQLite.
const PG_WEIGHTS = "{0, 0.1, 0.4, 1.0}";
const PG_HEADLINE_TITLE = `StartSel="${MARK_START}", StopSel="${MARK_END}", HighlightAll=true`;
const PG_HEADLINE_SNIPPET = `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=28, MinWords=20, ShortWord=2`;

// The snippet comes from the text after the headline (searchText starts with
// it): ts_headline would otherwise often pick the headline again, which the
// result already shows.
const pgAfterTitle = Prisma.sql`CASE WHEN left(page."searchText", length(page."title")) = page."title"
  THEN substr(page."searchText", length(page."title") + 1) ELSE page."searchText" END`;

const searchPostgres: Engine = async (terms, offset, limit, now) => {
  const query = tsQueryText(terms);
  const visible = Prisma.sql`"status" IN (${Prisma.join(PUBLIC_STATUSES)}) AND "publishedAt" <= ${now}`;
  // The page is ranked and cut first; only its 10 rows pay for ts_headline.
  const [countRows, rows] = await Promise.all([
    db.$queryRaw<{ total: number | bigint }[]>`
      SELECT count(*) AS total FROM "Article"
      WHERE "searchVector" @@ to_tsquery('portal_search', ${query}) AND ${visible}`,
    db.$queryRaw<{ id: number; title: string; snippet: string }[]>`
      WITH q AS (SELECT to_tsquery('portal_search', ${query}) AS q),
      page AS (
        SELECT a."id", a."title", a."searchText", ts_rank(${PG_WEIGHTS}::float4[], a."searchVector", q.q) AS rank
        FROM "Article" a, q
        WHERE a."searchVector" @@ q.q AND ${visible}
        ORDER BY rank DESC, a."id" DESC
        LIMIT ${limit} OFFSET ${offset}
      )
      SELECT page."id",
             ts_headline('portal_search', page."title", q.q, ${PG_HEADLINE_TITLE}) AS title,
             ts_headline('portal_search', ${pgAfterTitle}, q.q, ${PG_HEADLINE_SNIPPET}) AS snippet
      FROM page, q
      ORDER BY page.rank DESC, page."id" DESC`,
  ]);
  return {
    total: Number(countRows[0]?.total ?? 0),
    hits: rows.map((r) => ({ id: Number(r.id), title: r.title, snippet: r.snippet })),
  };
};
