// The article page: the heart of the product. Anatomy, top to bottom: section,
// headline, standfirst, byline, published/updated line, correction, hero,
// body with the dateline run in, related topics, then the rails (recent
// stories, more from the section, related stories).
import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { ArticleCard } from "@/app/_components/article-card";
import { ReaderNotFound } from "@/app/_components/reader-not-found";
import { ShareLinks } from "@/app/_components/share-links";
import { SectionHeading } from "@/app/_components/section-heading";
import { StoryImage } from "@/app/_components/story-image";
import { StoryList } from "@/app/_components/story-list";
import { ViewBeacon } from "@/app/_components/view-beacon";
import { articleDateline, withDateline } from "@/app/_lib/content/dateline";
import { formatPublished } from "@/app/_lib/format/dates";
import { getArticleForPage } from "@/app/_lib/queries/article-preview";
import { getRedirect } from "@/app/_lib/queries/redirects";
import { getLatestArticles } from "@/app/_lib/queries/articles";
import { getStoryRails } from "@/app/_lib/queries/story-rails";
import type { ArticleFull } from "@/app/_lib/queries/shapes";
import { site } from "@/app/_lib/site";
import { paths } from "@/app/_lib/seo/urls";
import { getSiteSettings } from "@/app/_lib/queries/settings";
import { articleMetadata } from "@/app/_lib/seo/metadata";
import { articleBreadcrumbJsonLd, newsArticleJsonLd } from "@/app/_lib/seo/json-ld";
import { JsonLd } from "@/app/_lib/seo/json-ld-script";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticleForPage((await params).slug);
  if (!article) return { title: "Page not found", robots: { index: false } };
  return articleMetadata(article, article.authors);
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  // Draft mode (newsroom preview) shows the draft; readers get the published story.
  const article = await getArticleForPage(slug);
  if (!article) {
    // A renamed story: its old address moves permanently to the new one.
    const moved = await getRedirect(`/news/${slug}`);
    if (moved) permanentRedirect(moved.toPath);
    return <ReaderNotFound />;
  }
  const [latest, settings] = await Promise.all([getLatestArticles(13), getSiteSettings()]);
  const recent = latest.filter((a) => a.id !== article.id).slice(0, 12);
  // A story appears once per page (the header's breaking ticker aside): the
  // rails skip what Recent Stories lists and fill with the next-best stories.
  const rails = { id: article.id, categoryId: article.category.id, topicIds: article.topics.map((t) => t.id) };
  const { more, related } = await getStoryRails(rails, 4, recent.map((a) => a.id));
  const dateline = articleDateline(article, settings.defaultAgency).text;
  const dir = article.language === "ur" ? "rtl" : undefined;
  // The canonical address, its path percent-encoded (an Urdu slug included).
  const canonical = new URL(paths.article(article.slug), site.url).href;

  return (
    <>
      <div className="grid gap-10 lg:grid-cols-3">
        <article className="min-w-0 lg:col-span-2" lang={article.language} dir={dir}>
          <JsonLd data={[newsArticleJsonLd(article, article.authors, settings.defaultAgency), articleBreadcrumbJsonLd(article)]} />
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-rose-300">
            <a href={`/category/${article.category.slug}`} className="hover:underline">
              {article.category.name}
            </a>
          </p>
          <h1 className="mt-2 font-serif text-3xl font-bold leading-tight md:text-5xl">{article.title}</h1>
          {article.standfirst && <p className="mt-4 text-lg text-zinc-700 md:text-xl dark:text-zinc-300">{article.standfirst}</p>}
          <Byline article={article} />
          <ShareLinks url={canonical} title={article.title} where="top" />
          {article.correctionNote && (
            <aside aria-label="Correction" className="mt-4 rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
              <strong>Correction:</strong> {article.correctionNote}
            </aside>
          )}
          {article.hero && (
            <figure className="mt-6">
              <StoryImage image={article.hero} sizes="(min-width: 1024px) 720px, 100vw" priority className="rounded" />
              {(article.hero.caption || article.hero.credit) && (
                <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
                  {article.hero.caption}
                  {article.hero.credit && <span className="ml-1 text-zinc-500 dark:text-zinc-400">Photo: {article.hero.credit}</span>}
                </figcaption>
              )}
            </figure>
          )}
          <div className="article-body mt-6" dangerouslySetInnerHTML={{ __html: withDateline(article.bodyHtml, dateline) }} />
          <ShareLinks url={canonical} title={article.title} where="end" />
          {/* Printed instead of the share bars: where the story lives. */}
          <p className="print-only mt-6 text-sm">{canonical}</p>
          {article.topics.length > 0 && (
            <section aria-labelledby="related-topics" className="mt-10 print:hidden">
              <h2 id="related-topics" className="text-sm font-bold uppercase tracking-wide text-zinc-700 dark:text-zinc-300">
                Related Topics
              </h2>
              <ul className="mt-3 flex flex-wrap gap-2">
                {article.topics.map((t) => (
                  <li key={t.id}>
                    <a
                      href={`/topic/${t.slug}`}
                      className="inline-block rounded-full border border-zinc-300 px-3 py-1 text-sm font-semibold hover:border-brand-600 hover:text-brand-700 dark:border-zinc-700 dark:hover:text-rose-300"
                    >
                      {t.name}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </article>
        <aside aria-labelledby="recent-stories" className="min-w-0 print:hidden">
          <SectionHeading id="recent-stories">Recent Stories</SectionHeading>
          <StoryList articles={recent} />
        </aside>
      </div>
      {more.length > 0 && (
        <section aria-labelledby="more-from-category" className="below-fold is-grid mt-12 print:hidden">
          <SectionHeading id="more-from-category" href={`/category/${article.category.slug}`}>
            More Stories From {article.category.name}
          </SectionHeading>
          <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {more.map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </div>
        </section>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related-stories" className="below-fold is-grid mt-12 print:hidden">
          <SectionHeading id="related-stories">Related Stories</SectionHeading>
          <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {related.map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </div>
        </section>
      )}
      <ViewBeacon articleId={article.id} />
    </>
  );
}

function Byline({ article }: { article: ArticleFull }) {
  const published = new Date(article.publishedAt);
  return (
    <div className="mt-5 border-y border-zinc-200 py-3 text-sm dark:border-zinc-800">
      {article.authors.length > 0 && (
        <p className="byline font-semibold">
          By{" "}
          {article.authors.map((a, i) => (
            <span key={a.id}>
              {i > 0 && (i === article.authors.length - 1 ? " and " : ", ")}
              <a href={`/author/${a.slug}`} rel="author" className="text-brand-700 hover:underline dark:text-rose-300">
                {a.name}
              </a>
              {a.xHandle && (
                <>
                  {" "}
                  <a
                    href={`https://x.com/${a.xHandle}`}
                    className="font-normal text-zinc-600 hover:underline dark:text-zinc-400"
                    rel="noopener noreferrer"
                    target="_blank"
                  >
                    @{a.xHandle}
                  </a>
                </>
              )}
            </span>
          ))}
        </p>
      )}
      <p className="mt-1 text-zinc-600 dark:text-zinc-400">
        <span data-testid="published">
          Published <time dateTime={article.publishedAt}>{formatPublished(published, site.timeZone)}</time>
        </span>
        {article.contentUpdatedAt && (
          <span data-testid="updated">
            <span aria-hidden="true"> · </span>
            Updated <time dateTime={article.contentUpdatedAt}>{formatPublished(new Date(article.contentUpdatedAt), site.timeZone)}</time>
          </span>
        )}
      </p>
    </div>
  );
}
