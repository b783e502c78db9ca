-- Urdu search (issue 20), written by hand: the FTS5 index now holds text folded
-- as readers' queries are (app/_lib/content/search-normalize.ts: Arabic letter
-- forms -> Urdu, Arabic-Indic digits -> Latin, harakat, superscript alef and
-- tatweel dropped), so a vocalised word is one word and محمد, پاكستان or ۱۳
-- find مُحَمَّد, پاکستان or 13. The fold is SQL generated from that module's
-- table (search-normalize.test.ts checks this file against it).
-- SQLite has no translate(): the fold is nested replace() calls, 12 per view in a
-- chain of views (the sqlite3 shell of Debian 12, SQLite 3.40, cannot parse an
-- expression nested ~30 deep). "ArticleSearchSource" is the folded text; the
-- index reads its content there, so highlight() and snippet() see the text it
-- indexed. It also carries each story's edition ("language") as a column, so a
-- search filters by edition inside the index (app/_lib/queries/search.ts).
-- The triggers read the folded row from the view: the old row before an update
-- or delete (to remove exactly what was indexed), the new row after.
-- NOTE: a later migration that redefines the Article table (Prisma's
-- "RedefineTables") fails on these views ("error in view ..."); it must drop
-- them first and recreate the views, triggers and index afterwards, as below.
-- app/_lib/queries/search.test.ts checks the index follows every write.

DROP TRIGGER "Article_search_insert";
DROP TRIGGER "Article_search_delete";
DROP TRIGGER "Article_search_update";
DROP TABLE "ArticleSearch";

CREATE VIEW "ArticleSearchFold1" AS
SELECT "id",
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("title", char(1610), char(1740)), char(1609), char(1740)), char(1603), char(1705)), char(1607), char(1729)), char(1577), char(1731)), char(1632), char(48)), char(1633), char(49)), char(1634), char(50)), char(1635), char(51)), char(1636), char(52)), char(1637), char(53)), char(1638), char(54)) AS "title",
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("standfirst", char(1610), char(1740)), char(1609), char(1740)), char(1603), char(1705)), char(1607), char(1729)), char(1577), char(1731)), char(1632), char(48)), char(1633), char(49)), char(1634), char(50)), char(1635), char(51)), char(1636), char(52)), char(1637), char(53)), char(1638), char(54)) AS "standfirst",
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("searchText", char(1610), char(1740)), char(1609), char(1740)), char(1603), char(1705)), char(1607), char(1729)), char(1577), char(1731)), char(1632), char(48)), char(1633), char(49)), char(1634), char(50)), char(1635), char(51)), char(1636), char(52)), char(1637), char(53)), char(1638), char(54)) AS "searchText",
       "language"
FROM "Article";

CREATE VIEW "ArticleSearchFold2" AS
SELECT "id",
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("title", char(1639), char(55)), char(1640), char(56)), char(1641), char(57)), char(1776), char(48)), char(1777), char(49)), char(1778), char(50)), char(1779), char(51)), char(1780), char(52)), char(1781), char(53)), char(1782), char(54)), char(1783), char(55)), char(1784), char(56)) AS "title",
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("standfirst", char(1639), char(55)), char(1640), char(56)), char(1641), char(57)), char(1776), char(48)), char(1777), char(49)), char(1778), char(50)), char(1779), char(51)), char(1780), char(52)), char(1781), char(53)), char(1782), char(54)), char(1783), char(55)), char(1784), char(56)) AS "standfirst",
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("searchText", char(1639), char(55)), char(1640), char(56)), char(1641), char(57)), char(1776), char(48)), char(1777), char(49)), char(1778), char(50)), char(1779), char(51)), char(1780), char(52)), char(1781), char(53)), char(1782), char(54)), char(1783), char(55)), char(1784), char(56)) AS "searchText",
       "language"
FROM "ArticleSearchFold1";

CREATE VIEW "ArticleSearchFold3" AS
SELECT "id",
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("title", char(1785), char(57)), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), '') AS "title",
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("standfirst", char(1785), char(57)), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), '') AS "standfirst",
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("searchText", char(1785), char(57)), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), '') AS "searchText",
       "language"
FROM "ArticleSearchFold2";

CREATE VIEW "ArticleSearchSource" AS
SELECT "id",
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("title", char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), '') AS "title",
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("standfirst", char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), '') AS "standfirst",
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("searchText", char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), '') AS "searchText",
       "language"
FROM "ArticleSearchFold3";

CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    title,
    standfirst,
    searchText,
    language,
    content = 'ArticleSearchSource',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "ArticleSearch" (rowid, title, standfirst, searchText, language)
    SELECT "id", "title", "standfirst", "searchText", "language" FROM "ArticleSearchSource" WHERE "id" = new.id;
END;

CREATE TRIGGER "Article_search_delete" BEFORE DELETE ON "Article" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, title, standfirst, searchText, language)
    SELECT 'delete', "id", "title", "standfirst", "searchText", "language" FROM "ArticleSearchSource" WHERE "id" = old.id;
END;

CREATE TRIGGER "Article_search_unindex" BEFORE UPDATE OF title, standfirst, searchText, language ON "Article" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, title, standfirst, searchText, language)
    SELECT 'delete', "id", "title", "standfirst", "searchText", "language" FROM "ArticleSearchSource" WHERE "id" = old.id;
END;

CREATE TRIGGER "Article_search_update" AFTER UPDATE OF title, standfirst, searchText, language ON "Article" BEGIN
    INSERT INTO "ArticleSearch" (rowid, title, standfirst, searchText, language)
    SELECT "id", "title", "standfirst", "searchText", "language" FROM "ArticleSearchSource" WHERE "id" = new.id;
END;

-- Index the articles that exist before this migration, folded.
INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('rebuild');
