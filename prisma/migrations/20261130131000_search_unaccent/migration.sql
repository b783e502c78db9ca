-- Hand-written, Postgres only: accent-folded reader search on Postgres (see
-- prisma/postgres/migrations/20261130131000_search_unaccent). SQLite's FTS5 index
-- already folds accents (tokenize 'unicode61 remove_diacritics 2', migration
-- 20261130070000_search_fts), so nothing changes here; the migration exists so
-- both histories keep the same names.
SELECT 1;
