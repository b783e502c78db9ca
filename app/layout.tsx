import type { Metadata, Viewport } from "next";
import { site } from "./_lib/site";
import { feedAlternates } from "./_lib/seo/metadata";
import { OG_IMAGE_SIZE, paths } from "./_lib/seo/urls";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s | ${site.name}` },
  description: site.description,
  // Defaults for pages without their own (see app/_lib/seo/metadata.ts).
  alternates: { types: feedAlternates() },
  openGraph: { type: "website", siteName: site.name, images: [{ url: paths.ogDefault, ...OG_IMAGE_SIZE, alt: site.name }] },
  twitter: { card: "summary_large_image", site: `@${site.xHandle}` },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

// Applies the remembered theme (or the system's) before first paint, so dark
// mode never flashes light.
const themeScript = `try{var t=localStorage.getItem("theme");if(t==="dark"||(!t&&matchMedia("(prefers-color-scheme: dark)").matches))document.documentElement.classList.add("dark")}catch(e){}`;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
