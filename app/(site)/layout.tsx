import { ReaderIslands } from "../_components/reader-islands";
import { RootDocument } from "../_components/root-document";
import { SiteFooter } from "../_components/site-footer";
import { SiteHeader } from "../_components/site-header";
import { rootMetadata, rootViewport } from "../_lib/seo/root-metadata";

export const metadata = rootMetadata;
export const viewport = rootViewport;

// The English edition's root layout (lang="en"; the Urdu edition has its own in app/(ur)).
// Reader pages link with plain <a>, not next/link: they are cached HTML, so a
// full load is cheap. They have no client components either: what they do in
// the browser is one small script at the end (ReaderIslands), so the Node
// server sends them without Next's client runtime (app/_server/runtime-free-pages.cjs).
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <RootDocument lang="en">
      <SiteHeader />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter />
      <ReaderIslands />
    </RootDocument>
  );
}
