// The six listing routes (category, topic and author; first page and
// /page/N) share their behaviour: metadata with the canonical path, "page N"
// titles, /page/1 redirecting to the first page, malformed page numbers 404.
// Each route file keeps only its segment config (which Next reads
// statically) and takes the rest from here.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { permanentRedirect } from "next/navigation";
import { listingMetadata } from "@/app/_lib/seo/metadata";
import { parsePageSegment } from "./pagination";
import { ReaderNotFound } from "./reader-not-found";
import { inEdition } from "@/app/_lib/seo/urls";
import { messages } from "@/app/_lib/i18n";
import { getEdition } from "@/app/_lib/i18n/edition";

type ListingKind = "category" | "topic" | "author";
type ListingSubject = { slug: string; name: string; description: string };

type ListingDefinition = {
  kind: ListingKind;
  /** What the listing is about, or null when it (or that page of it) does not exist. */
  subject: (slug: string, page: number) => Promise<ListingSubject | null>;
  /** Renders one page of the listing (and 404s itself when it is out of range). */
  View: (props: { slug: string; page: number }) => Promise<ReactNode>;
  /** The edition (its URLs and words); English when left out. */
  lang?: string;
};

type FirstPageProps = { params: Promise<{ slug: string }> };
type LaterPageProps = { params: Promise<{ slug: string; page: string }> };

export function listingRoutes({ kind, subject, View, lang = "en" }: ListingDefinition) {
  const firstPath = (slug: string) => inEdition(lang, `/${kind}/${slug}`);

  async function metadataFor(slug: string, page: number): Promise<Metadata> {
    const found = await subject(slug, page);
    if (!found) return {};
    const path = page === 1 ? firstPath(found.slug) : `${firstPath(found.slug)}/page/${page}`;
    const { siteName } = await getEdition(lang);
    const base = listingMetadata({ kind, slug: found.slug, name: found.name, description: found.description, path, language: lang, siteName });
    return page === 1 ? base : { ...base, title: `${found.name}: ${messages(lang).pageN} ${page}` };
  }

  return {
    firstPage: {
      generateMetadata: async ({ params }: FirstPageProps) => metadataFor((await params).slug, 1),
      Page: async function ListingFirstPage({ params }: FirstPageProps) {
        return <View slug={(await params).slug} page={1} />;
      },
    },
    laterPage: {
      generateMetadata: async ({ params }: LaterPageProps) => {
        const { slug, page } = await params;
        const n = parsePageSegment(page);
        return typeof n === "number" ? metadataFor(slug, n) : {};
      },
      Page: async function ListingLaterPage({ params }: LaterPageProps) {
        const { slug, page } = await params;
        const n = parsePageSegment(page);
        if (n === "base") permanentRedirect(firstPath(slug));
        if (n === null) return <ReaderNotFound lang={lang} />;
        return <View slug={slug} page={n} />;
      },
    },
  };
}
