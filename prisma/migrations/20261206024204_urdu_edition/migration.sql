-- CreateTable
CREATE TABLE "CategoryLocale" (
    "categoryId" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    PRIMARY KEY ("categoryId", "language"),
    CONSTRAINT "CategoryLocale_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TopicLocale" (
    "topicId" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    PRIMARY KEY ("topicId", "language"),
    CONSTRAINT "TopicLocale_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TranslationLink" (
    "articleId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "groupId" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    CONSTRAINT "TranslationLink_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "CategoryLocale_language_slug_key" ON "CategoryLocale"("language", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "TopicLocale_language_slug_key" ON "TopicLocale"("language", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "TranslationLink_groupId_language_key" ON "TranslationLink"("groupId", "language");

