-- Hand-written, Postgres only: reader search on Postgres (tsvector + GIN, see
-- prisma/postgres/migrations/20261130100000_search_tsvector). SQLite already has
-- its index (FTS5, 20261130070000_search_fts), so nothing changes here; the
-- migration exists so both histories keep the same names.
SELECT 1;
