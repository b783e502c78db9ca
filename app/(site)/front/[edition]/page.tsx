// The front page. "/" is rewritten here (next.config.js) so it renders on first
// request and is cached until a publish, instead of at build time.
import { notFound } from "next/navigation";
import Link from "next/link";
import { ArticleCard } from "@/app/_components/article-card";
import { getFrontPage } from "@/app/_lib/queries/articles";
import { frontPageMetadata } from "@/app/_lib/seo/metadata";
import { organizationJsonLd, websiteJsonLd } from "@/app/_lib/seo/json-ld";
import { JsonLd } from "@/app/_lib/seo/json-ld-script";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export function generateMetadata() {
  return frontPageMetadata();
}

export default async function FrontPage({ params }: { params: Promise<{ edition: string }> }) {
  const { edition } = await params;
  if (edition !== "en") notFound();
  const front = await getFrontPage();
  return (
    <>
      <JsonLd data={[websiteJsonLd(), organizationJsonLd()]} />
      <h1 className="sr-only">Latest news</h1>
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="lg:col-span-2">{front.lead && <ArticleCard article={front.lead} variant="lead" />}</div>
        <section aria-labelledby="top-stories" className="grid gap-6">
          <h2 id="top-stories" className="sr-only">Top stories</h2>
          {front.top.map((a) => (
            <ArticleCard key={a.id} article={a} />
          ))}
        </section>
      </div>
      <section aria-labelledby="latest" className="mt-10">
        <h2 id="latest" className="border-b-2 border-brand-600 pb-1 font-serif text-2xl font-bold">Latest News</h2>
        <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {front.latest.map((a) => (
            <ArticleCard key={a.id} article={a} />
          ))}
        </div>
      </section>
      {front.sections.map((s) => (
        <section key={s.category.id} aria-labelledby={`section-${s.category.slug}`} className="mt-10">
          <h2 id={`section-${s.category.slug}`} className="border-b-2 border-brand-600 pb-1 font-serif text-2xl font-bold">
            <Link href={`/category/${s.category.slug}`} className="hover:text-brand-600">{s.category.name}</Link>
          </h2>
          <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {s.articles.map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
