import localFont from "next/font/local";
import { ReaderIslands } from "../_components/reader-islands";
import { RootDocument } from "../_components/root-document";
import { SiteFooter } from "../_components/site-footer";
import { SiteHeader } from "../_components/site-header";
import { getSiteSettings } from "../_lib/queries/settings";
import { rootMetadata, rootViewport } from "../_lib/seo/root-metadata";

// Noto Nastaliq Urdu, self-hosted from @fontsource (OFL), only its Arabic-script
// subset (U+0600-06FF, ZWNJ/ZWJ, marks) and only here: English pages never
// load it. Latin letters and digits fall back to the sans font. Two weights
// (text and headlines).
const nastaliq = localFont({
  src: [
    { path: "../../node_modules/@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2", weight: "400" },
    { path: "../../node_modules/@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-700-normal.woff2", weight: "700" },
  ],
  variable: "--font-nastaliq",
  display: "swap",
  // No preload: next/font would put the preload on every page that shares the
  // stylesheet, English ones included; Urdu pages find the font in their CSS.
  preload: false,
  fallback: ["serif"],
  declarations: [{ prop: "unicode-range", value: "U+0600-06FF, U+0750-077F, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FEFC" }],
});

export const metadata = { ...rootMetadata, openGraph: { ...rootMetadata.openGraph, locale: "ur_PK" } };
export const viewport = rootViewport;

// The Urdu edition's root layout: <html lang="ur" dir="rtl"> written by the
// server, Nastaliq type, the digit system the desk chose (site setting).
export default async function UrduLayout({ children }: { children: React.ReactNode }) {
  const settings = await getSiteSettings();
  return (
    <RootDocument lang="ur" dir="rtl" digits={settings.urduDigits} bodyClassName={`${nastaliq.variable} font-sans urdu`}>
      <SiteHeader lang="ur" />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter lang="ur" />
      <ReaderIslands />
    </RootDocument>
  );
}
