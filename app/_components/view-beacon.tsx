// Counts a read for "Most Read" without touching the cached page: the
// reader-page script (app/_lib/reader-islands.ts) sends one small POST to
// /api/views for each of these once the page has loaded.
export function ViewBeacon({ articleId }: { articleId: number }) {
  return <span hidden data-view-beacon={articleId} />;
}
