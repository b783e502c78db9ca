-- Derived from prisma/schema.prisma by `npm run db:derive` (Postgres side of 20261206024204_urdu_edition).
-- CreateTable
CREATE TABLE "CategoryLocale" (
    "categoryId" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "CategoryLocale_pkey" PRIMARY KEY ("categoryId","language")
);

-- CreateTable
CREATE TABLE "TopicLocale" (
    "topicId" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "TopicLocale_pkey" PRIMARY KEY ("topicId","language")
);

-- CreateTable
CREATE TABLE "TranslationLink" (
    "articleId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "language" TEXT NOT NULL,

    CONSTRAINT "TranslationLink_pkey" PRIMARY KEY ("articleId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CategoryLocale_language_slug_key" ON "CategoryLocale"("language", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "TopicLocale_language_slug_key" ON "TopicLocale"("language", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "TranslationLink_groupId_language_key" ON "TranslationLink"("groupId", "language");

-- AddForeignKey
ALTER TABLE "CategoryLocale" ADD CONSTRAINT "CategoryLocale_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicLocale" ADD CONSTRAINT "TopicLocale_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslationLink" ADD CONSTRAINT "TranslationLink_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
