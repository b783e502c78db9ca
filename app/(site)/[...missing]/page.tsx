// Any path no route matches lands here, so the reader 404 (with the site
// header, search and latest stories) answers it instead of the bare root one.
// Rendered as a cacheable page would be (not force-dynamic): only then does
// Next render it whole before sending, which ReaderNotFound needs to put the
// content in the HTML and still answer 404 (see reader-not-found.tsx). Unknown
// URLs still never fill the page cache: the cache handlers keep no 404 pages.
import type { Metadata } from "next";
import { ReaderNotFound } from "@/app/_components/reader-not-found";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function Missing() {
  return <ReaderNotFound />;
}
