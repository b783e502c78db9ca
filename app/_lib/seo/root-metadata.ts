// Defaults every root layout exports (pages without their own, see metadata.ts).
import type { Metadata, Viewport } from "next";
import { site } from "../site";
import { feedAlternates } from "./metadata";
import { OG_IMAGE_SIZE, paths } from "./urls";

export const rootMetadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s | ${site.name}` },
  description: site.description,
  alternates: { types: feedAlternates() },
  openGraph: { type: "website", siteName: site.name, images: [{ url: paths.ogDefault, ...OG_IMAGE_SIZE, alt: site.name }] },
  twitter: { card: "summary_large_image", site: `@${site.xHandle}` },
};

export const rootViewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};
