// The front page of either edition: lead, top stories, latest, most read and
// each menu section's newest, all in the edition's language. The route files
// (app/(site)/front/[edition], app/(ur)/ur/front/[edition]) keep only their
// segment config.
import { ArticleCard } from "@/app/_components/article-card";
import { SectionHeading } from "@/app/_components/section-heading";
import { StoryList } from "@/app/_components/story-list";
import { getEdition } from "@/app/_lib/i18n/edition";
import { getFrontPage } from "@/app/_lib/queries/front-page";
import { pictureFirst, type ArticleCard as Card } from "@/app/_lib/queries/shapes";
import { getMostRead } from "@/app/_lib/queries/views";
import { getPageLinks } from "@/app/_lib/queries/pages";
import { frontPageMetadata } from "@/app/_lib/seo/metadata";
import { getSiteSettings } from "@/app/_lib/queries/settings";
import { organizationJsonLd, websiteJsonLd } from "@/app/_lib/seo/json-ld";
import { JsonLd } from "@/app/_lib/seo/json-ld-script";

export async function frontViewMetadata(lang: string) {
  const settings = await getSiteSettings();
  return frontPageMetadata(lang === "ur" ? undefined : settings.siteDescription, lang, lang === "ur" ? settings.urduSiteName : undefined);
}

export async function FrontView({ lang }: { lang: string }) {
  const e = await getEdition(lang);
  const { t } = e;
  const [front, mostRead, pages] = await Promise.all([getFrontPage(lang), getMostRead(5, lang), getPageLinks()]);
  return (
    <>
      <JsonLd data={[websiteJsonLd(lang, e.siteName), organizationJsonLd(pages)]} />
      <h1 className="sr-only">
        {e.siteName}: {t.latestNewsTitle}
      </h1>
      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-label={t.leadStory} className="lg:col-span-2">
          {front.lead && <ArticleCard article={front.lead} variant="lead" lang={lang} />}
        </section>
        <section aria-labelledby="top-stories">
          <SectionHeading id="top-stories">{t.topStories}</SectionHeading>
          <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-1">
            {front.top.map((a) => (
              <ArticleCard key={a.id} article={a} variant={a === front.top[0] ? "default" : "compact"} lang={lang} />
            ))}
          </div>
        </section>
      </div>
      <div className="below-fold is-latest mt-12 grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="latest" className="lg:col-span-2">
          <SectionHeading id="latest">{t.latestNews}</SectionHeading>
          <div className="mt-4 grid gap-x-6 gap-y-8 sm:grid-cols-2 lg:grid-cols-3">
            {front.latest.map((a) => (
              <ArticleCard key={a.id} article={a} lang={lang} />
            ))}
          </div>
        </section>
        <aside aria-labelledby="most-read">
          <SectionHeading id="most-read">{t.mostRead}</SectionHeading>
          {mostRead.length > 0 ? (
            <StoryList articles={mostRead} numbered lang={lang} />
          ) : (
            <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">{t.noFavourites}</p>
          )}
        </aside>
      </div>
      {front.sections.map((s) => (
        <SectionBlock key={s.category.id} category={s.category} articles={s.articles} lang={lang} href={e.href(`/category/${s.category.slug}`)} />
      ))}
    </>
  );
}

// One section on the front page: its newest story with a picture leads, the
// others follow as headlines, as on a printed page. Pictures only where they
// lead keeps the front page light: every card repeats its markup twice (HTML
// and the RSC payload), so four picture cards per section doubled its weight.
function SectionBlock({ category, articles, lang, href }: { category: { slug: string; name: string }; articles: Card[]; lang: string; href: string }) {
  const [lead, ...rest] = pictureFirst(articles);
  return (
    <section aria-labelledby={`section-${category.slug}`} className="below-fold mt-12">
      <SectionHeading id={`section-${category.slug}`} href={href}>
        {category.name}
      </SectionHeading>
      <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
        <ArticleCard article={lead} lang={lang} />
        <div className="divide-y divide-zinc-200 lg:col-span-3 lg:grid lg:grid-cols-3 lg:gap-6 lg:divide-y-0 dark:divide-zinc-800">
          {rest.map((a) => (
            <ArticleCard key={a.id} article={a} variant="compact" lang={lang} />
          ))}
        </div>
      </div>
    </section>
  );
}
