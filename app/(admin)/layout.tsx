import { RootDocument } from "../_components/root-document";
import { rootMetadata, rootViewport } from "../_lib/seo/root-metadata";
import { nastaliq } from "../_lib/fonts/nastaliq";

export const metadata = rootMetadata;
export const viewport = rootViewport;

// The newsroom's root layout: English chrome (its own metadata in admin/layout.tsx).
// Urdu copy in it (wire items, the editor of an Urdu story) is set in Nastaliq:
// the font's variable is on the body and globals.css applies it to lang="ur";
// the browser fetches the file only when Urdu text is on the page.
export default function AdminDocument({ children }: { children: React.ReactNode }) {
  return (
    <RootDocument lang="en" bodyClassName={`font-sans newsroom ${nastaliq.variable}`}>
      {children}
    </RootDocument>
  );
}
