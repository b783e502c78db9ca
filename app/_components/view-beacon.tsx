"use client";
// Counts a read for "Most Read" without touching the cached page: one small
// POST after the page has loaded.
import { useEffect } from "react";

export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    const body = JSON.stringify({ articleId });
    try {
      if (navigator.sendBeacon?.("/api/views", new Blob([body], { type: "application/json" }))) return;
    } catch {
      // fall through to fetch
    }
    fetch("/api/views", { method: "POST", body, headers: { "content-type": "application/json" }, keepalive: true }).catch(() => {});
  }, [articleId]);
  return null;
}
