// The body of every paginated listing (category, topic, author): a grid of
// stories newest first and the newer/older links.
import type { Listing } from "../_lib/queries/listings";
import { ArticleCard } from "./article-card";
import { Pagination } from "./pagination";
import { messages } from "../_lib/i18n";

/**
 * `heading` names the grid for screen readers: an h2 between the page's h1 and
 * the cards' h3 headlines, so heading levels never skip one.
 */
export function ListingGrid({ listing, base, heading, lang = "en" }: { listing: Listing; base: string; heading: string; lang?: string }) {
  return (
    <>
      <h2 className="sr-only">{heading}</h2>
      {listing.articles.length === 0 ? (
        <p className="mt-8 text-zinc-700 dark:text-zinc-300">{messages(lang).noStories}</p>
      ) : (
        <div className="mt-6 grid gap-x-6 gap-y-8 sm:grid-cols-2 lg:grid-cols-4">
          {listing.articles.map((a, i) => (
            <ArticleCard key={a.id} article={a} priority={i < 2} lang={lang} />
          ))}
        </div>
      )}
      <Pagination base={base} page={listing.page} totalPages={listing.totalPages} lang={lang} />
    </>
  );
}

export function ListingHeader({ kicker, title, description, page, lang = "en" }: { kicker: string; title: string; description?: string; page: number; lang?: string }) {
  return (
    <header className="border-b-2 border-brand-600 pb-3">
      <p className="text-xs font-bold uppercase tracking-widest text-zinc-600 dark:text-zinc-400">{kicker}</p>
      <h1 className="mt-1 font-serif text-3xl font-bold md:text-4xl">
        {title}
        {page > 1 && <span className="ms-2 text-lg font-normal text-zinc-600 dark:text-zinc-400">{messages(lang).pageN} {page}</span>}
      </h1>
      {description && <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">{description}</p>}
    </header>
  );
}
