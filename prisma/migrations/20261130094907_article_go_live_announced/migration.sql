-- AlterTable
ALTER TABLE "Article" ADD COLUMN "goLiveAnnouncedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Article_status_goLiveAnnouncedAt_publishedAt_idx" ON "Article"("status", "goLiveAnnouncedAt", "publishedAt");

