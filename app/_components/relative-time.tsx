"use client";
// Turns a server-rendered absolute time into "25 minutes ago" in the browser,
// so a cached page never shows a relative time that has gone stale.
import { useEffect, useState } from "react";
import { relativeTime } from "../_lib/format/dates";

export function RelativeTime({ iso, fallback }: { iso: string; fallback: string }) {
  const [label, setLabel] = useState<string | null>(null);
  useEffect(() => {
    const update = () => setLabel(relativeTime(new Date(iso)));
    update();
    const timer = setInterval(update, 60_000);
    return () => clearInterval(timer);
  }, [iso]);
  return (
    <time dateTime={iso} title={fallback} data-relative={label ? "" : undefined}>
      {label ?? fallback}
    </time>
  );
}
