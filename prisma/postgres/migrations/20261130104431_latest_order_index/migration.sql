-- Derived from prisma/schema.prisma by `npm run db:derive` (Postgres side of 20261130104431_latest_order_index).
-- CreateIndex
CREATE INDEX "Article_publishedAt_id_status_idx" ON "Article"("publishedAt", "id", "status");
