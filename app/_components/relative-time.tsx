"use client";
// Turns a server-rendered absolute time into "25 minutes ago" in the browser,
// so a cached page never shows a relative time that has gone stale.
//
// A front page has ~50 of these. Each writes its label into its own <time>
// once it has hydrated, instead of holding it in state: a state update per
// instance re-rendered all of them in one long task right after hydration
// (Lighthouse's Total Blocking Time), and ~50 intervals woke the page every
// minute. One shared timer refreshes every mounted label.
import { useEffect, useRef } from "react";
import { relativeTime } from "../_lib/format/dates";

const mounted = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function track(update: () => void) {
  mounted.add(update);
  timer ??= setInterval(() => mounted.forEach((u) => u()), 60_000);
  return () => {
    mounted.delete(update);
    if (mounted.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

export function RelativeTime({ iso, fallback }: { iso: string; fallback: string }) {
  const ref = useRef<HTMLTimeElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      el.textContent = relativeTime(new Date(iso));
      el.dataset.relative = "";
    };
    update();
    return track(update);
  }, [iso]);
  // The server's text is the absolute time; React never renders a relative
  // label, so hydration always matches and nothing re-renders afterwards.
  return (
    <time ref={ref} dateTime={iso} title={fallback}>
      {fallback}
    </time>
  );
}
