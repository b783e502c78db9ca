// The public API's article shape: stable field names, absolute URLs. Changing
// a name here breaks clients; add fields, never rename them.
import { absoluteUrl, site } from "@/app/_lib/site";
import { inEdition, paths } from "@/app/_lib/seo/urls";
import { articleDateline } from "@/app/_lib/content/dateline";
import { feedHtml } from "@/app/_lib/feeds/absolute-html";
import type { DistributedArticle } from "@/app/_lib/queries/distribution/article";

/** defaultAgency: the site setting for stories that name no agency, as on the article page. */
export function apiArticle(a: DistributedArticle, defaultAgency: string) {
  return {
    id: a.id,
    slug: a.slug,
    // The story's own edition (an Urdu story lives at /ur/news/<slug>).
    url: absoluteUrl(inEdition(a.language, paths.article(a.slug))),
    title: a.title,
    standfirst: a.standfirst,
    language: a.language,
    publishedAt: a.publishedAt,
    firstPublishedAt: a.firstPublishedAt,
    modifiedAt: a.modifiedAt,
    dateline: articleDateline(a, defaultAgency),
    isBreaking: a.isBreaking,
    correctionNote: a.correctionNote || null,
    category: { slug: a.category.slug, name: a.category.name, url: absoluteUrl(paths.category(a.category.slug)) },
    topics: a.topics.map((t) => ({ slug: t.slug, name: t.name, url: absoluteUrl(paths.topic(t.slug)) })),
    authors: a.authors.map((au) => ({ slug: au.slug, name: au.name, url: absoluteUrl(inEdition(a.language, paths.author(au.slug))), xHandle: au.xHandle })),
    image: a.hero ? { ...a.hero, url: absoluteUrl(a.hero.url) } : null,
    socialImage: absoluteUrl(paths.ogArticle(a.slug)),
    ...(a.bodyHtml !== undefined ? { bodyHtml: feedHtml(a.bodyHtml, site.url) } : {}),
  };
}
