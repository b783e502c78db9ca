-- Derived from prisma/schema.prisma by `npm run db:derive` (Postgres side of 20261130095418_article_viewers).
-- CreateTable
CREATE TABLE "ArticleViewer" (
    "articleId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "viewer" TEXT NOT NULL,

    CONSTRAINT "ArticleViewer_pkey" PRIMARY KEY ("articleId","day","viewer")
);

-- CreateIndex
CREATE INDEX "ArticleViewer_day_idx" ON "ArticleViewer"("day");

-- AddForeignKey
ALTER TABLE "ArticleViewer" ADD CONSTRAINT "ArticleViewer_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
