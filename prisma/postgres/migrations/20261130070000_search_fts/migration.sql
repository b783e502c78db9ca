-- Hand-written Postgres equivalent of prisma/migrations/20261130070000_search_fts.
-- On SQLite that migration adds the FTS5 reader-search index. On Postgres,
-- searchArticles (app/_lib/queries/search.ts) uses its engine-neutral stand-in
-- until a tsvector index and implementation land in a migration of their own.
SELECT 1;
