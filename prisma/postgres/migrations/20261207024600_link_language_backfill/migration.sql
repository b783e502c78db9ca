-- Hand-written Postgres equivalent of prisma/migrations/20261207024600_link_language_backfill (the same statements).
-- The links' copy of their article's language (20261207024548_link_language
-- added the column with 'en' for every row): Urdu stories' links say 'ur'.
-- Plain SQL that both databases run alike; the Postgres twin is the same statements.
UPDATE "ArticleTopic" SET "language" = (SELECT "language" FROM "Article" WHERE "Article"."id" = "ArticleTopic"."articleId");
UPDATE "ArticleAuthor" SET "language" = (SELECT "language" FROM "Article" WHERE "Article"."id" = "ArticleAuthor"."articleId");
