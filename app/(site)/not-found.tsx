// The reader 404: for unknown paths and for stories that do not exist or are
// not (or no longer) published. Offers search and the latest stories.
import { SearchForm } from "@/app/_components/search-form";
import { SectionHeading } from "@/app/_components/section-heading";
import { StoryList } from "@/app/_components/story-list";
import { getLatestArticles } from "@/app/_lib/queries/articles";

export default async function SiteNotFound() {
  // Next renders this boundary into every reader page's payload, so it asks
  // for the same read as the article page's Recent Stories rail (one read per
  // request, shared by React cache in cachedRead) and shows the first eight.
  const latest = (await getLatestArticles(13)).slice(0, 8);
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm font-bold uppercase tracking-widest text-brand-700 dark:text-rose-300">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">Page not found</h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        The story or page you asked for does not exist, or is no longer published. Try a search, or read the latest news below.
      </p>
      <SearchForm label="Search for a story" id="not-found-search" className="mt-6 max-w-xl" />
      <section aria-labelledby="latest-stories" className="mt-10">
        <SectionHeading id="latest-stories">Latest Stories</SectionHeading>
        <StoryList articles={latest} />
      </section>
    </div>
  );
}
