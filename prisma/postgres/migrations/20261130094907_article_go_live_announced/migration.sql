-- Derived from prisma/schema.prisma by `npm run db:derive` (Postgres side of 20261130094907_article_go_live_announced).
-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "goLiveAnnouncedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Article_status_goLiveAnnouncedAt_publishedAt_idx" ON "Article"("status", "goLiveAnnouncedAt", "publishedAt");
