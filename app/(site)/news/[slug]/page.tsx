import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StoryImage } from "@/app/_components/story-image";
import { formatDateline, formatPublished } from "@/app/_lib/format/dates";
import { getPublicArticle } from "@/app/_lib/queries/articles";
import { site } from "@/app/_lib/site";
import { getAuthorProfiles } from "@/app/_lib/queries/distribution";
import { articleMetadata } from "@/app/_lib/seo/metadata";
import { articleBreadcrumbJsonLd, newsArticleJsonLd } from "@/app/_lib/seo/json-ld";
import { JsonLd } from "@/app/_lib/seo/json-ld-script";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getPublicArticle((await params).slug);
  if (!article) return {};
  return articleMetadata(article, await getAuthorProfiles(article.authors.map((a) => a.id)));
}

export default async function ArticlePage({ params }: Props) {
  const article = await getPublicArticle((await params).slug);
  if (!article) notFound();
  const authorProfiles = await getAuthorProfiles(article.authors.map((a) => a.id));
  const published = new Date(article.publishedAt);
  const dateline = formatDateline({ place: article.datelinePlace, agency: article.sourceAgency, date: published }, site.name, site.timeZone);
  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={[newsArticleJsonLd(article, authorProfiles), articleBreadcrumbJsonLd(article)]} />
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-rose-300">
        <Link href={`/category/${article.category.slug}`}>{article.category.name}</Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold leading-tight md:text-5xl">{article.title}</h1>
      {article.standfirst && <p className="mt-4 text-xl text-zinc-700 dark:text-zinc-300">{article.standfirst}</p>}
      <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
        Published <time dateTime={article.publishedAt}>{formatPublished(published, site.timeZone)}</time>
      </p>
      {article.hero && (
        <figure className="mt-6">
          <StoryImage image={article.hero} sizes="(min-width: 768px) 768px, 100vw" priority className="rounded" />
        </figure>
      )}
      <div className="article-body mt-6">
        <p className="dateline font-semibold">{dateline}</p>
        <div dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      </div>
    </article>
  );
}
