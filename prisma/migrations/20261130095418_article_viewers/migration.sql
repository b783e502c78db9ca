-- CreateTable
CREATE TABLE "ArticleViewer" (
    "articleId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "viewer" TEXT NOT NULL,

    PRIMARY KEY ("articleId", "day", "viewer"),
    CONSTRAINT "ArticleViewer_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ArticleViewer_day_idx" ON "ArticleViewer"("day");

