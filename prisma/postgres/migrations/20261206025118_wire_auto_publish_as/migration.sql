-- Derived from prisma/schema.prisma by `npm run db:derive` (Postgres side of 20261206025118_wire_auto_publish_as).
-- AlterTable
ALTER TABLE "WireSource" ADD COLUMN     "autoPublishAsId" INTEGER;
