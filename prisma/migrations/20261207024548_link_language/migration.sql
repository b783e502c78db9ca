-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ArticleTopic" (
    "articleId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "language" TEXT NOT NULL DEFAULT 'en',

    PRIMARY KEY ("articleId", "topicId"),
    CONSTRAINT "ArticleTopic_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ArticleTopic" ("articleId", "position", "publishedAt", "status", "topicId") SELECT "articleId", "position", "publishedAt", "status", "topicId" FROM "ArticleTopic";
DROP TABLE "ArticleTopic";
ALTER TABLE "new_ArticleTopic" RENAME TO "ArticleTopic";
CREATE INDEX "ArticleTopic_topicId_status_publishedAt_idx" ON "ArticleTopic"("topicId", "status", "publishedAt");
CREATE INDEX "ArticleTopic_topicId_language_publishedAt_articleId_status_idx" ON "ArticleTopic"("topicId", "language", "publishedAt", "articleId", "status");
CREATE TABLE "new_ArticleAuthor" (
    "articleId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "language" TEXT NOT NULL DEFAULT 'en',

    PRIMARY KEY ("articleId", "authorId"),
    CONSTRAINT "ArticleAuthor_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleAuthor_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Author" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ArticleAuthor" ("articleId", "authorId", "position", "publishedAt", "status") SELECT "articleId", "authorId", "position", "publishedAt", "status" FROM "ArticleAuthor";
DROP TABLE "ArticleAuthor";
ALTER TABLE "new_ArticleAuthor" RENAME TO "ArticleAuthor";
CREATE INDEX "ArticleAuthor_authorId_status_publishedAt_idx" ON "ArticleAuthor"("authorId", "status", "publishedAt");
CREATE INDEX "ArticleAuthor_authorId_language_publishedAt_articleId_status_idx" ON "ArticleAuthor"("authorId", "language", "publishedAt", "articleId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

