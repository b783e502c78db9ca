// The front page. "/" is rewritten here (next.config.js) so it renders on first
// request and is cached until a publish, instead of at build time.
import { notFound } from "next/navigation";
import { ArticleCard } from "@/app/_components/article-card";
import { SectionHeading } from "@/app/_components/section-heading";
import { StoryList } from "@/app/_components/story-list";
import { getFrontPage } from "@/app/_lib/queries/front-page";
import { pictureFirst, type ArticleCard as Card } from "@/app/_lib/queries/shapes";
import { getMostRead } from "@/app/_lib/queries/views";
import { getPageLinks } from "@/app/_lib/queries/pages";
import { site } from "@/app/_lib/site";
import { frontPageMetadata } from "@/app/_lib/seo/metadata";
import { getSiteSettings } from "@/app/_lib/queries/settings";
import { organizationJsonLd, websiteJsonLd } from "@/app/_lib/seo/json-ld";
import { JsonLd } from "@/app/_lib/seo/json-ld-script";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata() {
  return frontPageMetadata((await getSiteSettings()).siteDescription);
}

export default async function FrontPage({ params }: { params: Promise<{ edition: string }> }) {
  const { edition } = await params;
  if (edition !== "en") notFound();
  const [front, mostRead, pages] = await Promise.all([getFrontPage(), getMostRead(5), getPageLinks()]);
  return (
    <>
      <JsonLd data={[websiteJsonLd(), organizationJsonLd(pages)]} />
      <h1 className="sr-only">{site.name}: latest news</h1>
      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-label="Lead story" className="lg:col-span-2">
          {front.lead && <ArticleCard article={front.lead} variant="lead" />}
        </section>
        <section aria-labelledby="top-stories">
          <SectionHeading id="top-stories">Top Stories</SectionHeading>
          <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-1">
            {front.top.map((a) => (
              <ArticleCard key={a.id} article={a} variant={a === front.top[0] ? "default" : "compact"} />
            ))}
          </div>
        </section>
      </div>
      <div className="below-fold is-latest mt-12 grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="latest" className="lg:col-span-2">
          <SectionHeading id="latest">Latest News</SectionHeading>
          <div className="mt-4 grid gap-x-6 gap-y-8 sm:grid-cols-2 lg:grid-cols-3">
            {front.latest.map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </div>
        </section>
        <aside aria-labelledby="most-read">
          <SectionHeading id="most-read">Most Read</SectionHeading>
          {mostRead.length > 0 ? (
            <StoryList articles={mostRead} numbered />
          ) : (
            <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">Readers have not picked their favourites yet today.</p>
          )}
        </aside>
      </div>
      {front.sections.map((s) => (
        <SectionBlock key={s.category.id} category={s.category} articles={s.articles} />
      ))}
    </>
  );
}

// One section on the front page: its newest story with a picture leads, the
// others follow as headlines, as on a printed page. Pictures only where they
// lead keeps the front page light: every card repeats its markup twice (HTML
// and the RSC payload), so four picture cards per section doubled its weight.
function SectionBlock({ category, articles }: { category: { slug: string; name: string }; articles: Card[] }) {
  const [lead, ...rest] = pictureFirst(articles);
  return (
    <section aria-labelledby={`section-${category.slug}`} className="below-fold mt-12">
      <SectionHeading id={`section-${category.slug}`} href={`/category/${category.slug}`}>
        {category.name}
      </SectionHeading>
      <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
        <ArticleCard article={lead} />
        <div className="divide-y divide-zinc-200 lg:col-span-3 lg:grid lg:grid-cols-3 lg:gap-6 lg:divide-y-0 dark:divide-zinc-800">
          {rest.map((a) => (
            <ArticleCard key={a.id} article={a} variant="compact" />
          ))}
        </div>
      </div>
    </section>
  );
}
