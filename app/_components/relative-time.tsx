// A story's time as "25 minutes ago". The server sends the absolute time (a
// cached page must never show a relative time that has gone stale); the
// reader-page script (app/_lib/reader-islands.ts) writes the relative label
// into every <time data-relative-time>, marks it data-relative, and keeps
// them all current with one timer.
export function RelativeTime({ iso, fallback }: { iso: string; fallback: string }) {
  return (
    <time dateTime={iso} title={fallback} data-relative-time="">
      {fallback}
    </time>
  );
}
