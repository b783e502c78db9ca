import type { Metadata } from "next";
import { ReaderIslands } from "../_components/reader-islands";
import { RootDocument } from "../_components/root-document";
import { SiteFooter } from "../_components/site-footer";
import { SiteHeader } from "../_components/site-header";
import { getSiteSettings } from "../_lib/queries/settings";
import { rootMetadata, rootViewport } from "../_lib/seo/root-metadata";
import { nastaliq } from "../_lib/fonts/nastaliq";
import { feedAlternates } from "../_lib/seo/metadata";

/** The root defaults in the Urdu edition's name (the site setting urduSiteName): title template, feed links, Open Graph. */
export async function generateMetadata(): Promise<Metadata> {
  const { urduSiteName } = await getSiteSettings();
  return {
    ...rootMetadata,
    title: { default: urduSiteName, template: `%s | ${urduSiteName}` },
    alternates: { types: feedAlternates(undefined, "ur", urduSiteName) },
    openGraph: { ...rootMetadata.openGraph, siteName: urduSiteName, locale: "ur_PK" },
  };
}
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
