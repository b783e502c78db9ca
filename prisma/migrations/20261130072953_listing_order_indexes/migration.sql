-- CreateIndex
CREATE INDEX "Article_categoryId_publishedAt_id_status_idx" ON "Article"("categoryId", "publishedAt", "id", "status");

-- CreateIndex
CREATE INDEX "ArticleTopic_topicId_publishedAt_articleId_status_idx" ON "ArticleTopic"("topicId", "publishedAt", "articleId", "status");

-- CreateIndex
CREATE INDEX "ArticleAuthor_authorId_publishedAt_articleId_status_idx" ON "ArticleAuthor"("authorId", "publishedAt", "articleId", "status");

