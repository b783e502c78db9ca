-- AlterTable
ALTER TABLE "WireSource" ADD COLUMN "autoPublishAsId" INTEGER;

