// The article page of either edition: the heart of the product. Anatomy, top
// to bottom: section, headline, standfirst, byline, published/updated line,
// language switch, correction, hero, body with the dateline run in, related
// topics, then the rails (recent stories, more from the section, related
// stories). The route files (app/(site)/news/[slug], app/(ur)/ur/news/[slug])
// keep only their segment config.
import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { ArticleCard } from "@/app/_components/article-card";
import { StoryLanguageSwitch } from "@/app/_components/language-switch";
import { ReaderNotFound } from "@/app/_components/reader-not-found";
import { ShareLinks } from "@/app/_components/share-links";
import { SectionHeading } from "@/app/_components/section-heading";
import { StoryImage } from "@/app/_components/story-image";
import { StoryList } from "@/app/_components/story-list";
import { ViewBeacon } from "@/app/_components/view-beacon";
import { articleDateline, withDateline } from "@/app/_lib/content/dateline";
import { formatUrduDateline } from "@/app/_lib/format/urdu-dates";
import { getEdition, type Edition } from "@/app/_lib/i18n/edition";
import { getArticleForPage } from "@/app/_lib/queries/article-preview";
import { getRedirect } from "@/app/_lib/queries/redirects";
import { getLatestArticles, getTranslations } from "@/app/_lib/queries/articles";
import { getStoryRails } from "@/app/_lib/queries/story-rails";
import { getEditionNames, localCategory, localTopic } from "@/app/_lib/queries/taxonomy";
import type { ArticleFull } from "@/app/_lib/queries/shapes";
import { site } from "@/app/_lib/site";
import { inEdition, paths } from "@/app/_lib/seo/urls";
import { getSiteSettings } from "@/app/_lib/queries/settings";
import { articleMetadata } from "@/app/_lib/seo/metadata";
import { articleBreadcrumbJsonLd, newsArticleJsonLd } from "@/app/_lib/seo/json-ld";
import { JsonLd } from "@/app/_lib/seo/json-ld-script";

/** The story as its edition names things: Urdu section and topic names and slugs on an Urdu story. */
async function inItsEdition(article: ArticleFull): Promise<ArticleFull> {
  if (article.language === "en") return article;
  const names = await getEditionNames(article.language);
  return { ...article, category: localCategory(names, article.category), topics: article.topics.map((t) => localTopic(names, t)) };
}

export async function articleViewMetadata(slug: string, lang: string): Promise<Metadata> {
  const found = await getArticleForPage(slug);
  if (!found || found.language !== lang) return { title: lang === "ur" ? "صفحہ نہیں ملا" : "Page not found", robots: { index: false } };
  const article = await inItsEdition(found);
  const [translations, { siteName }] = await Promise.all([getTranslations(article.id), getEdition(lang)]);
  return articleMetadata(article, article.authors, translations, siteName);
}

export async function ArticleView({ slug, lang }: { slug: string; lang: string }) {
  // Draft mode (newsroom preview) shows the draft; readers get the published story.
  const found = await getArticleForPage(slug);
  if (!found) {
    // A renamed story: its old address moves permanently to the new one.
    const moved = await getRedirect(`/news/${slug}`);
    if (moved) permanentRedirect(inEdition(lang, moved.toPath));
    return <ReaderNotFound lang={lang} />;
  }
  // Each story lives in its own language's edition: /news/<urdu story> moves to /ur/news/<it>, and back.
  if (found.language !== lang) permanentRedirect(inEdition(found.language, paths.article(found.slug)));
  const article = await inItsEdition(found);
  const [e, latest, settings, translations] = await Promise.all([
    getEdition(lang),
    getLatestArticles(13, lang),
    getSiteSettings(),
    getTranslations(article.id),
  ]);
  const { t } = e;
  const recent = latest.filter((a) => a.id !== article.id).slice(0, 12);
  // A story appears once per page (the header's breaking ticker aside): the
  // rails skip what Recent Stories lists and fill with the next-best stories.
  const rails = { id: article.id, categoryId: article.category.id, topicIds: article.topics.map((x) => x.id), language: lang };
  const { more, related } = await getStoryRails(rails, 4, recent.map((a) => a.id));
  const dateline =
    lang === "ur"
      ? formatUrduDateline(
          { place: article.datelinePlace, agency: article.sourceAgency || settings.urduDefaultAgency, date: new Date(article.publishedAt) },
          e.siteName,
          site.timeZone,
          e.digits,
        )
      : articleDateline(article, settings.defaultAgency).text;
  const dir = article.language === "ur" ? "rtl" : undefined;
  // The canonical address, its path percent-encoded (an Urdu slug included).
  const canonical = new URL(inEdition(lang, paths.article(article.slug)), site.url).href;
  const translation = translations.find((x) => x.language !== lang) ?? null;

  return (
    <>
      <div className="grid gap-10 lg:grid-cols-3">
        <article className="min-w-0 lg:col-span-2" lang={article.language} dir={dir}>
          <JsonLd
            data={[
              newsArticleJsonLd(article, article.authors, settings.defaultAgency, lang === "ur" ? dateline : undefined),
              articleBreadcrumbJsonLd(article, lang, t.home),
            ]}
          />
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-rose-300">
            <a href={e.href(`/category/${article.category.slug}`)} className="hover:underline" data-testid="article-section">
              {article.category.name}
            </a>
          </p>
          <h1 className="mt-2 font-serif text-3xl font-bold leading-tight md:text-5xl">{article.title}</h1>
          {article.standfirst && <p className="mt-4 text-lg text-zinc-700 md:text-xl dark:text-zinc-300">{article.standfirst}</p>}
          <Byline article={article} e={e} />
          <StoryLanguageSwitch lang={lang} translationSlug={translation?.slug ?? null} />
          <ShareLinks url={canonical} title={article.title} where="top" lang={lang} />
          {article.correctionNote && (
            <aside
              aria-label={t.correction}
              className="mt-4 rounded border-s-4 border-amber-500 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
            >
              <strong>{t.correction}:</strong> {article.correctionNote}
            </aside>
          )}
          {article.hero && (
            <figure className="mt-6">
              <StoryImage image={article.hero} sizes="(min-width: 1024px) 720px, 100vw" priority className="rounded" />
              {(article.hero.caption || article.hero.credit) && (
                <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
                  {article.hero.caption}
                  {article.hero.credit && (
                    <span className="ms-1 text-zinc-500 dark:text-zinc-400">
                      {t.photo}: {article.hero.credit}
                    </span>
                  )}
                </figcaption>
              )}
            </figure>
          )}
          <div className="article-body mt-6" dangerouslySetInnerHTML={{ __html: withDateline(article.bodyHtml, dateline) }} />
          <ShareLinks url={canonical} title={article.title} where="end" lang={lang} />
          {/* Printed instead of the share bars: where the story lives. */}
          <p className="print-only mt-6 text-sm" dir="ltr">
            {canonical}
          </p>
          {article.topics.length > 0 && (
            <section aria-labelledby="related-topics" className="mt-10 print:hidden">
              <h2 id="related-topics" className="text-sm font-bold uppercase tracking-wide text-zinc-700 dark:text-zinc-300">
                {t.relatedTopics}
              </h2>
              <ul className="mt-3 flex flex-wrap gap-2">
                {article.topics.map((x) => (
                  <li key={x.id}>
                    <a
                      href={e.href(`/topic/${x.slug}`)}
                      className="inline-block rounded-full border border-zinc-300 px-3 py-1 text-sm font-semibold hover:border-brand-600 hover:text-brand-700 dark:border-zinc-700 dark:hover:text-rose-300"
                    >
                      {x.name}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </article>
        <aside aria-labelledby="recent-stories" className="min-w-0 print:hidden">
          <SectionHeading id="recent-stories">{t.recentStories}</SectionHeading>
          <StoryList articles={recent} lang={lang} />
        </aside>
      </div>
      {more.length > 0 && (
        <section aria-labelledby="more-from-category" className="below-fold is-grid mt-12 print:hidden">
          <SectionHeading id="more-from-category" href={e.href(`/category/${article.category.slug}`)}>
            {t.moreStoriesFrom} {article.category.name}
          </SectionHeading>
          <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {more.map((a) => (
              <ArticleCard key={a.id} article={a} lang={lang} />
            ))}
          </div>
        </section>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related-stories" className="below-fold is-grid mt-12 print:hidden">
          <SectionHeading id="related-stories">{t.relatedStories}</SectionHeading>
          <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {related.map((a) => (
              <ArticleCard key={a.id} article={a} lang={lang} />
            ))}
          </div>
        </section>
      )}
      <ViewBeacon articleId={article.id} />
    </>
  );
}

function Byline({ article, e }: { article: ArticleFull; e: Edition }) {
  const { t } = e;
  return (
    <div className="mt-5 border-y border-zinc-200 py-3 text-sm dark:border-zinc-800">
      {article.authors.length > 0 && (
        <p className="byline font-semibold">
          {t.by}{" "}
          {article.authors.map((a, i) => (
            <span key={a.id}>
              {i > 0 && (i === article.authors.length - 1 ? t.and : e.language === "ur" ? "، " : ", ")}
              <a href={e.href(`/author/${a.slug}`)} rel="author" className="text-brand-700 hover:underline dark:text-rose-300">
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
                    dir="ltr"
                    lang="en"
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
          {t.published} <time dateTime={article.publishedAt}>{e.published(article.publishedAt)}</time>
        </span>
        {article.contentUpdatedAt && (
          <span data-testid="updated">
            <span aria-hidden="true"> · </span>
            {t.updated} <time dateTime={article.contentUpdatedAt}>{e.published(article.contentUpdatedAt)}</time>
          </span>
        )}
      </p>
    </div>
  );
}
