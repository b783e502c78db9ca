// Where a publisher page lives, and which addresses it may take.
//
// A page's slug is its address without the leading slash: one segment
// ("about", "contact", "careers") or "policies/<name>" ("policies/corrections").
// Short, stable URLs are what readers type and what Google News and other
// aggregators look for; the two shapes are served by app/(site)/[page] and
// app/(site)/policies/[slug]. Next always prefers a static route to a dynamic
// one, so a page named like a part of the site ("news", "admin") could never be
// reached: those names are refused when the page is saved (page-paths.test.ts
// checks this list against the app's folders).

/** First path segments that belong to the site itself (routes, rewrites, public files, future editions). */
export const RESERVED_SEGMENTS = [
  // app/ and its route groups
  "admin",
  "api",
  "author",
  "bench",
  "category",
  "feeds",
  "front",
  "media",
  "news",
  "og",
  "search",
  "sitemaps",
  "topic",
  // app/(site)/policies holds the policy pages; "/policies" itself is no page
  "policies",
  "robots.txt",
  "favicon.ico",
  "icon.png",
  "apple-icon.png",
  // next.config.js rewrites, public/ and Next's own
  "feed.xml",
  "feed.atom",
  "feed.json",
  "sitemap.xml",
  "news-sitemap.xml",
  "logo.png",
  "preview",
  "_next",
  // the Urdu edition's prefix, once it exists
  "ur",
  "en",
] as const;

const SEGMENT = "[a-z0-9]+(?:-[a-z0-9]+)*";
/** "about" or "policies/corrections": lowercase letters, digits and single hyphens. */
export const PAGE_SLUG_PATTERN = new RegExp(`^(?:policies/)?${SEGMENT}$`);

/** Why a slug cannot be used, or null when it can. */
export function pageSlugProblem(slug: string): string | null {
  if (!PAGE_SLUG_PATTERN.test(slug))
    return 'One word or words-with-hyphens ("about"), or "policies/<name>" (lowercase letters and digits)';
  if ((RESERVED_SEGMENTS as readonly string[]).includes(slug))
    return `"/${slug}" is a part of the site; pick another address`;
  return null;
}

/** The page's public path. */
export const pagePath = (slug: string) => `/${slug}`;

/**
 * What a page is for the organization's structured data (schema.org
 * NewsMediaOrganization): at most one page of each per language.
 */
export const PAGE_PURPOSES = {
  about: "About us (masthead)",
  contact: "Contact",
  editorial: "Editorial policy (publishing principles)",
  ethics: "Ethics policy",
  corrections: "Corrections policy",
  privacy: "Privacy policy",
  terms: "Terms of use",
} as const;
export type PagePurpose = keyof typeof PAGE_PURPOSES;
export const PAGE_PURPOSE_KEYS = Object.keys(PAGE_PURPOSES) as PagePurpose[];

export const PAGE_STATUSES = ["draft", "published"] as const;
export type PageStatus = (typeof PAGE_STATUSES)[number];
