"use client";
// The header's breaking-news strip. The server sends the breaking stories it
// knew of when the page was cached; the browser drops those older than the
// window (a page cached hours ago must not call old news "breaking") and
// rotates through the rest, with a pause button (WCAG 2.2.2).
import { useEffect, useState } from "react";

export type TickerItem = { slug: string; title: string; publishedAt: string };

export function BreakingTicker({ items, windowHours }: { items: TickerItem[]; windowHours: number }) {
  const [now, setNow] = useState<number | null>(null);
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const timer = setInterval(tick, 60_000);
    return () => clearInterval(timer);
  }, []);

  const fresh = now === null ? items : items.filter((i) => now - new Date(i.publishedAt).getTime() < windowHours * 3_600_000);

  useEffect(() => {
    if (paused || fresh.length < 2 || matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    const timer = setInterval(() => setIndex((i) => i + 1), 6000);
    return () => clearInterval(timer);
  }, [paused, fresh.length]);

  if (fresh.length === 0) return null;
  const current = fresh[index % fresh.length];
  return (
    <div className="bg-brand-700 text-white" role="region" aria-label="Breaking news">
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2 text-sm">
        <span className="shrink-0 rounded-sm bg-white px-2 py-0.5 text-xs font-bold uppercase tracking-wider text-brand-700">Breaking</span>
        <a href={`/news/${current.slug}`} className="min-w-0 flex-1 truncate font-semibold hover:underline" data-testid="ticker-link">
          {current.title}
        </a>
        {fresh.length > 1 && (
          <button
            type="button"
            onClick={() => setPaused((p) => !p)}
            aria-pressed={paused}
            className="shrink-0 rounded-sm border border-white/60 px-2 py-0.5 text-xs font-semibold hover:bg-white/10"
          >
            {paused ? "Play" : "Pause"}
          </button>
        )}
      </div>
    </div>
  );
}
