-- Hand-written Postgres equivalent of prisma/migrations/20261130131000_search_unaccent.
-- Reader search folds accents on Postgres as SQLite's FTS5 index does
-- (remove_diacritics): "sao paulo" finds "São Paulo", and "são" finds "Sao".
-- The unaccent extension (shipped with Postgres, trusted: a database owner may
-- create it) gives a filtering dictionary; the text search configuration
-- "portal_search" runs it before 'simple' (lower-case, no stemming, as before).
-- The generated column and the queries (app/_lib/queries/search.ts) both use
-- this configuration, so documents and queries fold alike and ts_headline still
-- marks "São" for the query "sao". to_tsvector(regconfig, text) is IMMUTABLE,
-- so the generated column needs no IMMUTABLE wrapper around unaccent().
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION portal_search (COPY = pg_catalog.simple);
-- Only these token types can carry accents (the ascii ones cannot).
ALTER TEXT SEARCH CONFIGURATION portal_search
    ALTER MAPPING FOR word, hword, hword_part WITH unaccent, simple;

-- Postgres 15 cannot change a generation expression in place: the column and
-- its index are made again (the column is filled from the rows as it is added).
DROP INDEX "Article_searchVector_idx";
ALTER TABLE "Article" DROP COLUMN "searchVector";
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('portal_search'::regconfig, coalesce("title", '')), 'A') ||
    setweight(to_tsvector('portal_search'::regconfig, coalesce("standfirst", '')), 'B') ||
    setweight(to_tsvector('portal_search'::regconfig, coalesce("searchText", '')), 'C')
) STORED;

CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
