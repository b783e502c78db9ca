import type { Metadata, Viewport } from "next";
import { site } from "./_lib/site";
import { feedAlternates } from "./_lib/seo/metadata";
import { OG_IMAGE_SIZE, paths } from "./_lib/seo/urls";
import "./globals.css";
import { THEME_SCRIPT } from "@/app/_lib/theme-script";

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


export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
