-- Full-text search for readers (SQLite FTS5), written by hand: Prisma does not
-- model virtual tables or triggers. An external-content FTS5 index over
-- Article(title, standfirst, searchText), kept in sync by triggers, so every
-- write path (app, seed, imports, raw SQL) updates it without knowing it exists.
-- NOTE: a later migration that redefines the Article table (Prisma's
-- "RedefineTables" for some column changes) drops these triggers; it must
-- recreate them and rebuild the index. app/_lib/queries/search.test.ts checks it.

CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    title,
    standfirst,
    searchText,
    content = 'Article',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "ArticleSearch" (rowid, title, standfirst, searchText)
    VALUES (new.id, new.title, new.standfirst, new.searchText);
END;

CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, title, standfirst, searchText)
    VALUES ('delete', old.id, old.title, old.standfirst, old.searchText);
END;

CREATE TRIGGER "Article_search_update" AFTER UPDATE OF title, standfirst, searchText ON "Article" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, title, standfirst, searchText)
    VALUES ('delete', old.id, old.title, old.standfirst, old.searchText);
    INSERT INTO "ArticleSearch" (rowid, title, standfirst, searchText)
    VALUES (new.id, new.title, new.standfirst, new.searchText);
END;

-- Backfill the articles that exist before this migration.
INSERT INTO "ArticleSearch" (rowid, title, standfirst, searchText)
SELECT id, title, standfirst, searchText FROM "Article";
