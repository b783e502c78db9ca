-- Derived from prisma/schema.prisma by `npm run db:derive` (Postgres side of 20261206220000_edition_listing_indexes).
-- DropIndex
DROP INDEX "Article_language_status_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Article_categoryId_language_publishedAt_id_status_idx" ON "Article"("categoryId", "language", "publishedAt", "id", "status");

-- CreateIndex
CREATE INDEX "Article_language_publishedAt_id_status_idx" ON "Article"("language", "publishedAt", "id", "status");
