// Every cache tag name used by reads (cacheTag/unstable_cache) and writes
// (revalidateTag) comes from here, so a publish invalidates exactly what shows it.

export const tags = {
  /** Any listing of articles: front page, recent rail, feeds, sitemaps, search. */
  articles: "articles",
  article: (id: number) => `article:${id}`,
  /** One article looked up by its slug (getPublicArticle): old and new slug on a rename. */
  articleSlug: (slug: string) => `article-slug:${slug}`,
  category: (id: number) => `category:${id}`,
  topic: (id: number) => `topic:${id}`,
  author: (id: number) => `author:${id}`,
  /** Category, topic and author lists (menu, sitemaps, API). */
  taxonomy: "taxonomy",
  /** The front page's "Most Read" box (view counts; refreshed every few minutes, not on each view). */
  mostRead: "most-read",
  redirects: "redirects",
  /**
   * Search results, one entry per query a reader typed: kept in memory only
   * (file-cache-handler.cjs) or briefly (redis-cache-handler.cjs), never
   * revalidated by name (they also carry "articles").
   */
  search: "search",
  settings: "settings",
  /** The list of published publisher pages: footer links, the pages sitemap, the organization's structured data. */
  pages: "pages",
  /** One publisher page by its address (old and new address on a rename). */
  page: (language: string, slug: string) => `page:${language}:${slug}`,
  media: (id: number) => `media:${id}`,
} as const;
