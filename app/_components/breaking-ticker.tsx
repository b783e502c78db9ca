// The header's breaking-news strip. The server sends the breaking stories it
// knew of when the page was cached and shows the first; the reader-page
// script (app/_lib/reader-islands.ts) drops those older than the window (a
// page cached hours ago must not call old news "breaking"), hides the strip
// when none is left, and rotates through the rest, with a pause button
// (WCAG 2.2.2).
import { messages } from "../_lib/i18n";
import { inEdition } from "../_lib/seo/urls";

export type TickerItem = { slug: string; title: string; publishedAt: string };

export function BreakingTicker({ items, windowHours, lang = "en" }: { items: TickerItem[]; windowHours: number; lang?: string }) {
  if (items.length === 0) return null;
  const t = messages(lang);
  const first = items[0];
  return (
    <div
      className="bg-brand-700 text-white"
      role="region"
      aria-label={t.breakingNews}
      data-ticker=""
      data-window-hours={windowHours}
      data-items={JSON.stringify(items.map((i) => ({ ...i, href: inEdition(lang, `/news/${i.slug}`) })))}
    >
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2 text-sm">
        <span className="shrink-0 rounded-sm bg-white px-2 py-0.5 text-xs font-bold uppercase tracking-wider text-brand-700">{t.breaking}</span>
        <a href={inEdition(lang, `/news/${first.slug}`)} className="min-w-0 flex-1 truncate font-semibold hover:underline" data-ticker-link="" data-testid="ticker-link">
          {first.title}
        </a>
        {items.length > 1 && (
          <button
            type="button"
            data-ticker-pause=""
            aria-pressed="false"
            data-label-play={t.play}
            data-label-pause={t.pause}
            className="shrink-0 rounded-sm border border-white/60 px-2 py-0.5 text-xs font-semibold hover:bg-white/10"
          >
            {t.pause}
          </button>
        )}
      </div>
    </div>
  );
}
