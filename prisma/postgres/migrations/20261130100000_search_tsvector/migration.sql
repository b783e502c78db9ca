-- Hand-written Postgres equivalent of prisma/migrations/20261130100000_search_tsvector.
-- Reader search on Postgres: the twin of SQLite's FTS5 index (20261130070000_search_fts).
-- A stored generated column keeps the weighted document in step with every write
-- path (app, seed, imports, raw SQL) without triggers; Prisma does not model it,
-- and its schema diffs never touch columns the model does not name.
-- Weights: title A > standfirst B > body C (searchText also starts with the title
-- and standfirst, as the SQLite index's third column does).
-- The 'simple' configuration lower-cases and does not stem, like FTS5's
-- unicode61 tokenizer, so both engines find the same words (prefixes are
-- matched by the query, app/_lib/queries/search.ts).
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, coalesce("title", '')), 'A') ||
    setweight(to_tsvector('simple'::regconfig, coalesce("standfirst", '')), 'B') ||
    setweight(to_tsvector('simple'::regconfig, coalesce("searchText", '')), 'C')
) STORED;

CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
