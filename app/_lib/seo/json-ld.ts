// Structured data (schema.org JSON-LD), typed with schema-dts. Built from the
// same shaped reads the page renders, so what crawlers see matches readers.
import type {
  BreadcrumbList,
  ImageObject,
  NewsArticle,
  NewsMediaOrganizationLeaf,
  Person,
  SearchActionLeaf,
  WebSite,
  WithActionConstraints,
  WithContext,
} from "schema-dts";
import type { ArticleFull, AuthorProfile } from "../queries/shapes";
import type { PageLink } from "../queries/pages";
import { organizationPageFields } from "./organization-pages";
import { articleDateline } from "../content/dateline";
import { site } from "../site";
import { articleDescription, articleModifiedAt } from "./metadata";
import { absoluteUrl, inEdition, LOGO_SIZE, OG_IMAGE_SIZE, paths, xProfileUrl } from "./urls";

export const organizationId = `${site.url}/#organization`;
export const websiteId = `${site.url}/#website`;

/** `pages`: the published publisher pages, whose policies and contact the organization points at (organization-pages.ts). */
export function organization(pages: PageLink[] = []): NewsMediaOrganizationLeaf {
  return {
    "@type": "NewsMediaOrganization",
    "@id": organizationId,
    name: site.name,
    url: absoluteUrl(paths.home),
    logo: { "@type": "ImageObject", url: absoluteUrl(paths.logo), width: `${LOGO_SIZE.width}`, height: `${LOGO_SIZE.height}` },
    sameAs: site.xHandle ? [xProfileUrl(site.xHandle)] : [],
    ...organizationPageFields(pages),
  };
}

/** Social profiles of an author as absolute URLs (schema.org sameAs). */
export function authorSameAs(a: AuthorProfile): string[] {
  const out: string[] = [];
  if (a.xHandle) out.push(xProfileUrl(a.xHandle));
  if (a.facebookUrl) out.push(a.facebookUrl);
  if (a.instagramHandle) out.push(`https://www.instagram.com/${a.instagramHandle.replace(/^@/, "")}`);
  if (a.linkedinUrl) out.push(a.linkedinUrl);
  if (a.websiteUrl) out.push(a.websiteUrl);
  return out;
}

function person(a: AuthorProfile): Person {
  return { "@type": "Person", name: a.name, url: absoluteUrl(paths.author(a.slug)), sameAs: authorSameAs(a) };
}

/**
 * defaultAgency: the site setting, which the visible dateline uses too;
 * `dateline`: the visible dateline when the edition writes its own (the Urdu
 * form). URLs are the story's edition's (/ur/news/... for an Urdu story).
 */
export function newsArticleJsonLd(
  article: ArticleFull,
  authors: AuthorProfile[],
  defaultAgency: string,
  dateline?: string,
): WithContext<NewsArticle> {
  const url = absoluteUrl(inEdition(article.language, paths.article(article.slug)));
  const images: ImageObject[] = [];
  if (article.hero) {
    images.push({
      "@type": "ImageObject",
      url: absoluteUrl(article.hero.src),
      width: `${article.hero.width}`,
      height: `${article.hero.height}`,
      caption: article.hero.caption || undefined,
      creditText: article.hero.credit || undefined,
    });
  }
  images.push({ "@type": "ImageObject", url: absoluteUrl(paths.ogArticle(article.slug)), width: `${OG_IMAGE_SIZE.width}`, height: `${OG_IMAGE_SIZE.height}` });
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${url}#article`,
    headline: article.title,
    description: articleDescription(article),
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    datePublished: article.firstPublishedAt,
    dateModified: articleModifiedAt(article),
    author: authors.map(person),
    publisher: organization(),
    image: images,
    articleSection: article.category.name,
    keywords: article.topics.map((t) => t.name),
    dateline: dateline ?? articleDateline(article, defaultAgency).text,
    inLanguage: article.language,
    isAccessibleForFree: true,
  };
}

export function breadcrumbJsonLd(items: { name: string; path: string }[]): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}

export function articleBreadcrumbJsonLd(article: Pick<ArticleFull, "title" | "slug" | "category">, language = "en", home = "Home") {
  return breadcrumbJsonLd([
    { name: home, path: inEdition(language, paths.home) },
    { name: article.category.name, path: inEdition(language, paths.category(article.category.slug)) },
    { name: article.title, path: inEdition(language, paths.article(article.slug)) },
  ]);
}

/** Front page: the site with its search box, and the organization behind it. */
export function websiteJsonLd(language = "en", name: string = site.name): WithContext<WebSite> {
  const search: WithActionConstraints<SearchActionLeaf> = {
    "@type": "SearchAction",
    target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl(inEdition(language, paths.search))}?q={search_term_string}` },
    "query-input": "required name=search_term_string",
  };
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    "@id": language === "en" ? websiteId : `${absoluteUrl(inEdition(language, paths.home))}#website`,
    name,
    url: absoluteUrl(inEdition(language, paths.home)),
    inLanguage: language,
    publisher: { "@id": organizationId },
    potentialAction: search,
  };
}

export function organizationJsonLd(pages: PageLink[] = []): WithContext<NewsMediaOrganizationLeaf> {
  return { "@context": "https://schema.org", ...organization(pages) };
}
