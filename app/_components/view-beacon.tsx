"use client";
// Counts a read for "Most Read" without touching the cached page: one small
// POST after the page has loaded (keepalive: it completes even if the reader
// leaves at once).
import { useEffect } from "react";

export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    fetch("/api/views", {
      method: "POST",
      body: JSON.stringify({ articleId }),
      headers: { "content-type": "application/json" },
      keepalive: true,
    }).catch(() => {
      // counting is best effort
    });
  }, [articleId]);
  return null;
}
