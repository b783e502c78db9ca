// The reader 404, drawn in the page's own HTML.
//
// Next 16 answers a notFound() thrown while a page renders its shell with an
// empty document (<html id="__next_error__">) and draws not-found.tsx in the
// browser from the RSC payload (vercel/next.js#62228, still open in 16.4):
// curl, text browsers, crawlers and readers whose scripts failed see nothing.
// So a reader page that finds nothing renders this instead: the heading,
// search and latest stories are ordinary page content, and notFound() is
// thrown inside a Suspense boundary after them. A page rendered for the cache
// (ISR, every reader page) is rendered whole before it is sent; Next then
// keeps the content outside the boundary and answers 404 (its prerender's
// "access fallback inside a Suspense boundary" path). Where the client runtime
// is on the page (no server hooks), React reaches the same boundary after
// hydration and shows not-found.tsx, which is this same content.
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { SearchForm } from "./search-form";
import { SectionHeading } from "./section-heading";
import { StoryList } from "./story-list";
import { getLatestArticles } from "../_lib/queries/articles";
import { messages } from "../_lib/i18n";

/** Heading, explanation, search box and the latest stories. */
export async function NotFoundContent({ lang = "en" }: { lang?: string }) {
  const t = messages(lang);
  // The same read as the article page's Recent Stories rail (one read per
  // request, shared by React cache in cachedRead); the first eight are shown.
  const latest = (await getLatestArticles(13, lang)).slice(0, 8);
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm font-bold uppercase tracking-widest text-brand-700 dark:text-rose-300">{t.error404}</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">{t.pageNotFound}</h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        {t.notFoundText}
      </p>
      <SearchForm label={t.searchForStory} id="not-found-search" className="mt-6 max-w-xl" lang={lang} />
      <section aria-labelledby="latest-stories" className="mt-10">
        <SectionHeading id="latest-stories">{t.latestStories}</SectionHeading>
        <StoryList articles={latest} lang={lang} />
      </section>
    </div>
  );
}

// Async on purpose: React's server renderer then gives it a row of its own, so
// its error is confined to the Suspense boundary. Thrown synchronously, the
// error takes the whole page's row with it, and Next sends the empty document.
async function NotFoundStatus(): Promise<never> {
  await Promise.resolve();
  notFound();
}

/** What a reader page returns instead of calling notFound(): the 404 content, status 404. */
export function ReaderNotFound({ lang = "en" }: { lang?: string }) {
  return (
    <>
      <NotFoundContent lang={lang} />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  );
}
