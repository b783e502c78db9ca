-- CreateTable
CREATE TABLE "WireSource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "categoryId" INTEGER NOT NULL,
    "keywordTopics" TEXT NOT NULL DEFAULT '{}',
    "subjectSections" TEXT NOT NULL DEFAULT '{}',
    "creditLine" TEXT NOT NULL DEFAULT '',
    "byline" TEXT NOT NULL DEFAULT '',
    "mode" TEXT NOT NULL DEFAULT 'review',
    "killPolicy" TEXT NOT NULL DEFAULT 'unpublish',
    "pollIntervalSec" INTEGER NOT NULL DEFAULT 300,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "etag" TEXT NOT NULL DEFAULT '',
    "lastModified" TEXT NOT NULL DEFAULT '',
    "lastPolledAt" DATETIME,
    "lastSuccessAt" DATETIME,
    "lastError" TEXT NOT NULL DEFAULT '',
    "failures" INTEGER NOT NULL DEFAULT 0,
    "nextPollAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "WireSourceCredential" (
    "sourceId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "authHeader" TEXT NOT NULL,
    CONSTRAINT "WireSourceCredential_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "WireSource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WireItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "guid" TEXT NOT NULL,
    "versionAt" DATETIME,
    "revisions" INTEGER NOT NULL DEFAULT 1,
    "status" TEXT NOT NULL DEFAULT 'new',
    "raw" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "standfirst" TEXT NOT NULL DEFAULT '',
    "bodyHtml" TEXT NOT NULL DEFAULT '',
    "bodyJson" TEXT NOT NULL DEFAULT '{"type":"doc","content":[]}',
    "datelinePlace" TEXT NOT NULL DEFAULT '',
    "agency" TEXT NOT NULL DEFAULT '',
    "byline" TEXT NOT NULL DEFAULT '',
    "keywords" TEXT NOT NULL DEFAULT '[]',
    "subjects" TEXT NOT NULL DEFAULT '[]',
    "urgency" INTEGER,
    "language" TEXT NOT NULL DEFAULT 'en',
    "originalUrl" TEXT NOT NULL DEFAULT '',
    "embargoUntil" DATETIME,
    "pubStatus" TEXT NOT NULL DEFAULT 'usable',
    "correctionNote" TEXT NOT NULL DEFAULT '',
    "searchText" TEXT NOT NULL DEFAULT '',
    "articleId" INTEGER,
    "updatePending" BOOLEAN NOT NULL DEFAULT false,
    "dupGroupId" INTEGER,
    "minhash" TEXT NOT NULL DEFAULT '',
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "WireItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "WireSource" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WireItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "WireSource_enabled_nextPollAt_idx" ON "WireSource"("enabled", "nextPollAt");

-- CreateIndex
CREATE UNIQUE INDEX "WireItem_articleId_key" ON "WireItem"("articleId");

-- CreateIndex
CREATE INDEX "WireItem_status_receivedAt_idx" ON "WireItem"("status", "receivedAt");

-- CreateIndex
CREATE INDEX "WireItem_receivedAt_idx" ON "WireItem"("receivedAt");

-- CreateIndex
CREATE INDEX "WireItem_dupGroupId_idx" ON "WireItem"("dupGroupId");

-- CreateIndex
CREATE UNIQUE INDEX "WireItem_sourceId_guid_key" ON "WireItem"("sourceId", "guid");

