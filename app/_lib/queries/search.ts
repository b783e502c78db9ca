// Reader search: searchArticles(query, page, language) is the only entry point; pages see
// SearchResults, whatever the engine. The SQLite implementation (FTS5 index
// "ArticleSearch", migration 20261130070000_search_fts) and the Postgres one
// (tsvector column "searchVector", migration 20261130100000_search_tsvector)
// are below; searchArticles picks one by DATABASE_URL.
// Cached like every public read (tags "articles" and "taxonomy"), and marked
// "search": queries are arbitrary reader input, so the cache handlers keep
// these entries, and the pages that show them, in memory only or briefly.
import "server-only";
import { Prisma } from "@/app/_generated/prisma/client";
import { db } from "../db";
import { tags } from "../cache-tags";
import { cachedRead } from "./cached";
import { isPostgres } from "../env";
import { HIDDEN_STATUSES, LANGUAGES, PUBLIC_STATUSES, type Language } from "../domain";
import { engineFold, postgresFoldSql } from "../content/search-normalize";
import type { ArticleCard } from "./shapes";
import { cardsById } from "./article-sql";
import { sqliteTime } from "./raw-time";
import {
  ftsMatchExpression,
  MARK_END,
  MARK_START,
  restoreMarked,
  searchTerms,
  splitMarked,
  tsQueryText,
  withoutLeading,
  type HighlightPart,
} from "./search-query";

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
type Engine = (terms: string[], language: Language, offset: number, limit: number, now: Date) => Promise<EngineResult>;

/**
 * One edition's stories (English by default) matching every word of `query`.
 * Both indexes hold folded text (search-normalize.ts) and searchTerms folds the
 * query alike; headlines and snippets come back in the story's own spelling.
 */
export async function searchArticles(query: string, page: number, edition: Language = "en"): Promise<SearchResults> {
  // Checked here as well as typed: the value reaches the FTS5 expression.
  const language: Language = LANGUAGES.includes(edition) ? edition : "en";
  const terms = searchTerms(query);
  const safePage = Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1;
  // No searchable word: nothing to ask the database, but still one read tagged
  // "search" (one entry for every such query), so the page showing it is marked
  // as reader input and kept off the disk like any search page (issue 24).
  if (terms.length === 0)
    return cachedRead(["search", "no-terms", safePage], [tags.search], async () => ({
      terms,
      page: safePage,
      total: 0,
      totalPages: 0,
      hits: [],
    }));
  return cachedRead(["search", language, safePage, ...terms], [tags.articles, tags.taxonomy, tags.search], () =>
    search(terms, safePage, language),
  );
}

async function search(terms: string[], safePage: number, language: Language): Promise<SearchResults> {
  const postgres = isPostgres();
  const engine: Engine = postgres ? searchPostgres : searchSqlite;
  const now = new Date();
  const found = await engine(terms, language, (safePage - 1) * SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE, now);
  const ids = found.hits.map((h) => h.id);
  const [byId, originals] = await Promise.all([cardsById(ids), originalTexts(ids)]);
  const foldChar = (ch: string) => engineFold(ch, postgres ? "postgres" : "sqlite");
  return {
    terms,
    page: safePage,
    total: found.total,
    totalPages: Math.ceil(found.total / SEARCH_PAGE_SIZE),
    hits: found.hits.flatMap((h) => {
      const article = byId.get(h.id);
      const original = originals.get(h.id);
      if (!article || !original) return [];
      const title = splitMarked(restoreMarked(h.title, original.title, foldChar));
      const snippet = splitMarked(restoreMarked(h.snippet, original.searchText, foldChar));
      return [{ article, title, snippet: withoutLeading(snippet, article.title) }];
    }),
  };
}

/** The stored headline and search text of the page's hits (the indexes hold them folded). */
async function originalTexts(ids: number[]) {
  const rows = await db.article.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true, searchText: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}

// ---------------------------------------------------------------------------
// SQLite: FTS5, ranked by bm25 with the title weighted above the standfirst
// and the body; highlight()/snippet() mark the matched words.
// ---------------------------------------------------------------------------

const searchSqlite: Engine = async (terms, language, offset, limit, now) => {
  // The edition is a column of the index (migration 20261206030000_search_urdu_fold):
  // filtered inside the index like the words, never by reading Article rows.
  const match = `language : "${language}" AND {title standfirst searchText} : (${ftsMatchExpression(terms)})`;
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
      ORDER BY bm25("ArticleSearch", 10.0, 4.0, 1.0, 0.0), rowid DESC
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
// Both are folded as the column is (migration 20261206030000_search_urdu_fold), so
// ts_headline marks what the index matched; search() maps the marks back onto
// the stored text.
const pgAfterTitle = Prisma.raw(
  postgresFoldSql(`CASE WHEN left(page."searchText", length(page."title")) = page."title"
  THEN substr(page."searchText", length(page."title") + 1) ELSE page."searchText" END`),
);
const pgTitle = Prisma.raw(postgresFoldSql(`page."title"`));

const searchPostgres: Engine = async (terms, language, offset, limit, now) => {
  const query = tsQueryText(terms);
  // The edition is tested with the visibility, on the rows the GIN index found.
  const visible = Prisma.sql`"status" IN (${Prisma.join(PUBLIC_STATUSES)}) AND "publishedAt" <= ${now} AND "language" = ${language}`;
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
             ts_headline('portal_search', ${pgTitle}, q.q, ${PG_HEADLINE_TITLE}) AS title,
             ts_headline('portal_search', ${pgAfterTitle}, q.q, ${PG_HEADLINE_SNIPPET}) AS snippet
      FROM page, q
      ORDER BY page.rank DESC, page."id" DESC`,
  ]);
  return {
    total: Number(countRows[0]?.total ?? 0),
    hits: rows.map((r) => ({ id: Number(r.id), title: r.title, snippet: r.snippet })),
  };
};
