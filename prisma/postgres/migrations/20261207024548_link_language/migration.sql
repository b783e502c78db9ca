-- Derived from prisma/schema.prisma by `npm run db:derive` (Postgres side of 20261207024548_link_language).
-- DropIndex
DROP INDEX "ArticleTopic_topicId_publishedAt_articleId_status_idx";

-- DropIndex
DROP INDEX "ArticleAuthor_authorId_publishedAt_articleId_status_idx";

-- AlterTable
ALTER TABLE "ArticleTopic" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "ArticleAuthor" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- CreateIndex
CREATE INDEX "ArticleTopic_topicId_language_publishedAt_articleId_status_idx" ON "ArticleTopic"("topicId", "language", "publishedAt", "articleId", "status");

-- CreateIndex
CREATE INDEX "ArticleAuthor_authorId_language_publishedAt_articleId_statu_idx" ON "ArticleAuthor"("authorId", "language", "publishedAt", "articleId", "status");
