// Public reads of publisher pages (about, contact, policies): cached with the
// tags a page save revalidates (cache-tags.ts), published pages only.
import "server-only";
import { db } from "../db";
import { tags } from "../cache-tags";
import { bodyText, type BodyDoc } from "../content/body";
import type { Language } from "../domain";
import type { PagePurpose } from "../pages/page-paths";
import { cachedRead } from "./cached";

export type PublicPage = {
  id: number;
  slug: string;
  language: string;
  title: string;
  summary: string;
  /** For search results and link previews: the summary, else the body's first words. */
  description: string;
  bodyHtml: string;
  purpose: PagePurpose | null;
  publishedAt: string | null;
  updatedAt: string;
};

export type PageLink = { slug: string; title: string; purpose: PagePurpose | null; updatedAt: string };

const shorten = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max
    ? flat
    : `${flat.slice(0, flat.lastIndexOf(" ", max - 1) > 0 ? flat.lastIndexOf(" ", max - 1) : max - 1)}…`;
};

/** One published page by its address, or null (draft, deleted or never made). */
export async function getPublishedPage(slug: string, language: Language = "en"): Promise<PublicPage | null> {
  // Any address with one segment reaches this read: asking the (cached) list
  // first means an unknown address costs no query and adds no cache entry.
  if (!(await getPageLinks(language)).some((p) => p.slug === slug)) return null;
  return cachedRead(["page", language, slug], [tags.page(language, slug)], async () => {
    const row = await db.page.findUnique({
      where: { language_slug: { language, slug } },
      select: {
        id: true,
        slug: true,
        language: true,
        title: true,
        summary: true,
        bodyJson: true,
        bodyHtml: true,
        purpose: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
      },
    });
    if (!row || row.status !== "published") return null;
    const { status: _status, bodyJson, ...page } = row;
    void _status;
    return {
      ...page,
      description: page.summary || shorten(bodyText(JSON.parse(bodyJson) as BodyDoc), 160),
      purpose: page.purpose as PagePurpose | null,
      publishedAt: page.publishedAt?.toISOString() ?? null,
      updatedAt: page.updatedAt.toISOString(),
    };
  });
}

/** Every published page of an edition in footer order: the footer, the pages sitemap and the organization's structured data. */
export async function getPageLinks(language: Language = "en"): Promise<PageLink[]> {
  return cachedRead(["page-links", language], [tags.pages], async () => {
    const rows = await db.page.findMany({
      where: { language, status: "published" },
      orderBy: [{ position: "asc" }, { title: "asc" }],
      select: { slug: true, title: true, purpose: true, updatedAt: true },
    });
    return rows.map((r) => ({ ...r, purpose: r.purpose as PagePurpose | null, updatedAt: r.updatedAt.toISOString() }));
  });
}
