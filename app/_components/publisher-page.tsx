// A publisher page for readers (about, contact, policies): title, body
// rendered like an article's, the date it last changed, and structured data
// naming it (AboutPage, ContactPage, WebPage) with the organization it speaks
// for. The two reader routes (/<slug> and /policies/<name>) keep only their
// segment config and take the rest from here.
import type { Metadata } from "next";
import type { WebPage, WithContext } from "schema-dts";
import { ReaderNotFound } from "@/app/_components/reader-not-found";
import { formatDay } from "@/app/_lib/format/dates";
import { pagePath } from "@/app/_lib/pages/page-paths";
import { getPageLinks, getPublishedPage, type PublicPage } from "@/app/_lib/queries/pages";
import { breadcrumbJsonLd, organizationId, organizationJsonLd } from "@/app/_lib/seo/json-ld";
import { JsonLd } from "@/app/_lib/seo/json-ld-script";
import { feedAlternates, ogLocale } from "@/app/_lib/seo/metadata";
import { absoluteUrl, paths } from "@/app/_lib/seo/urls";
import { site } from "@/app/_lib/site";

export async function publisherPageMetadata(slug: string): Promise<Metadata> {
  const page = await getPublishedPage(slug);
  if (!page) return {};
  const path = pagePath(page.slug);
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: path, types: feedAlternates() },
    openGraph: {
      type: "website",
      url: path,
      siteName: site.name,
      title: `${page.title} | ${site.name}`,
      description: page.description,
      locale: ogLocale(page.language),
    },
  };
}

function webPageJsonLd(page: PublicPage): WithContext<WebPage> {
  const url = absoluteUrl(pagePath(page.slug));
  const type = page.purpose === "about" ? "AboutPage" : page.purpose === "contact" ? "ContactPage" : "WebPage";
  return {
    "@context": "https://schema.org",
    "@type": type,
    "@id": `${url}#page`,
    url,
    name: page.title,
    description: page.description,
    inLanguage: page.language,
    dateModified: page.updatedAt,
    ...(page.publishedAt ? { datePublished: page.publishedAt } : {}),
    publisher: { "@id": organizationId },
    about: { "@id": organizationId },
  } as WithContext<WebPage>;
}

export async function PublisherPageView({ slug }: { slug: string }) {
  const [page, links] = await Promise.all([getPublishedPage(slug), getPageLinks()]);
  if (!page) return <ReaderNotFound />; // content in the HTML, status 404 (reader-not-found.tsx)
  const dir = page.language === "ur" ? "rtl" : undefined;
  return (
    <article className="mx-auto max-w-3xl" lang={page.language} dir={dir}>
      <JsonLd
        data={[
          webPageJsonLd(page),
          organizationJsonLd(links),
          breadcrumbJsonLd([
            { name: "Home", path: paths.home },
            { name: page.title, path: pagePath(page.slug) },
          ]),
        ]}
      />
      <h1 className="font-serif text-3xl font-bold leading-tight md:text-5xl">{page.title}</h1>
      {page.summary && <p className="mt-4 text-lg text-zinc-700 md:text-xl dark:text-zinc-300">{page.summary}</p>}
      <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
        Last updated <time dateTime={page.updatedAt}>{formatDay(new Date(page.updatedAt), site.timeZone)}</time>
      </p>
      <div className="article-body mt-6" dangerouslySetInnerHTML={{ __html: page.bodyHtml }} />
    </article>
  );
}
