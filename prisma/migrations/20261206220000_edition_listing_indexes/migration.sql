-- Reader listings filter by edition (language) and walk publishedAt, id in order.
-- DropIndex
DROP INDEX "Article_language_status_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Article_categoryId_language_publishedAt_id_status_idx" ON "Article"("categoryId", "language", "publishedAt", "id", "status");

-- CreateIndex
CREATE INDEX "Article_language_publishedAt_id_status_idx" ON "Article"("language", "publishedAt", "id", "status");
