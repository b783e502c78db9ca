// Any /ur/... path no Urdu route takes: the Urdu reader 404 (see app/(site)/[...missing]).
import type { Metadata } from "next";
import { ReaderNotFound } from "@/app/_components/reader-not-found";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { title: "صفحہ نہیں ملا", robots: { index: false } };

export default function UrduMissing() {
  return <ReaderNotFound lang="ur" />;
}
