// The header's breaking-news strip. The server sends the breaking stories it
// knew of when the page was cached and shows the first; the reader-page
// script (app/_lib/reader-islands.ts) drops those older than the window (a
// page cached hours ago must not call old news "breaking"), hides the strip
// when none is left, and rotates through the rest, with a pause button
// (WCAG 2.2.2).
export type TickerItem = { slug: string; title: string; publishedAt: string };

export function BreakingTicker({ items, windowHours }: { items: TickerItem[]; windowHours: number }) {
  if (items.length === 0) return null;
  const first = items[0];
  return (
    <div
      className="bg-brand-700 text-white"
      role="region"
      aria-label="Breaking news"
      data-ticker=""
      data-window-hours={windowHours}
      data-items={JSON.stringify(items)}
    >
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2 text-sm">
        <span className="shrink-0 rounded-sm bg-white px-2 py-0.5 text-xs font-bold uppercase tracking-wider text-brand-700">Breaking</span>
        <a href={`/news/${first.slug}`} className="min-w-0 flex-1 truncate font-semibold hover:underline" data-ticker-link="" data-testid="ticker-link">
          {first.title}
        </a>
        {items.length > 1 && (
          <button
            type="button"
            data-ticker-pause=""
            aria-pressed="false"
            className="shrink-0 rounded-sm border border-white/60 px-2 py-0.5 text-xs font-semibold hover:bg-white/10"
          >
            Pause
          </button>
        )}
      </div>
    </div>
  );
}
