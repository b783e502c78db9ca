"use client";
// Runs the reader-page script once React has hydrated the page, and again
// after each client-side navigation, when Next's client runtime is on the page
// (see app/_components/reader-islands.tsx). On pages served without the
// runtime this component never runs.
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { relativeTime } from "../_lib/format/dates";
import { readerIslands } from "../_lib/reader-islands";

export function ReaderIslandsAfterHydration() {
  const pathname = usePathname();
  useEffect(() => readerIslands(relativeTime), [pathname]);
  return null;
}
