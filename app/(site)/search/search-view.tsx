// The search results page, whoever asks: the cached route for the usual
// queries (./[q]/[page]/page.tsx, reached by the rewrite in next.config.js)
// and /search itself for an empty or unusual query (./page.tsx).
import type { Metadata } from "next";
import { Highlighted } from "@/app/_components/highlighted";
import { RelativeTime } from "@/app/_components/relative-time";
import { SearchForm } from "@/app/_components/search-form";
import { getEdition } from "@/app/_lib/i18n/edition";
import { getEditionNames, localCategory } from "@/app/_lib/queries/taxonomy";
import { searchArticles } from "@/app/_lib/queries/search";
import { MAX_QUERY_CHARS } from "@/app/_lib/queries/search-query";

export const searchMetadata: Metadata = { title: "Search", robots: { index: false, follow: true } };
export const urduSearchMetadata: Metadata = { title: "تلاش", robots: { index: false, follow: true } };

/** Query and page as typed (any text); the view cleans them. */
export async function SearchView({ query, pageText, lang = "en" }: { query: string; pageText: string; lang?: string }) {
  const e = await getEdition(lang);
  const { t } = e;
  const names = lang === "en" ? null : await getEditionNames(lang);
  const q = query.slice(0, MAX_QUERY_CHARS * 2).trim();
  const page = Number.parseInt(pageText, 10) || 1;
  const results = await searchArticles(q, page, e.language);
  const href = (n: number) => `${e.href("/search")}?${new URLSearchParams(n > 1 ? { q, page: String(n) } : { q })}`;

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold md:text-4xl">{t.search}</h1>
      <SearchForm label={t.searchAgain} id="search-page-q" defaultValue={q} className="mt-4" lang={lang} />
      <div className="mt-6" aria-live="polite">
        {results.terms.length === 0 ? (
          <p className="text-zinc-700 dark:text-zinc-300">
            {q ? t.searchPunctuation : t.searchHint}
          </p>
        ) : results.total === 0 ? (
          <p className="text-zinc-700 dark:text-zinc-300">
            {t.noMatchBefore}
            <strong>{q}</strong>
            {t.noMatchAfter}
          </p>
        ) : (
          <p className="text-zinc-700 dark:text-zinc-300" data-testid="search-summary">
            {t.matchCount(e.num(results.total))}
            <strong>{q}</strong>
            {results.totalPages > 1 && t.resultsPage(e.num(results.page), e.num(results.totalPages))}
          </p>
        )}
      </div>
      {results.hits.length > 0 && (
        <ol className="mt-4 divide-y divide-zinc-200 dark:divide-zinc-800">
          {results.hits.map((hit) => (
            <li key={hit.article.id} className="py-5">
              <p className="text-xs font-semibold uppercase tracking-wide text-brand-700 dark:text-rose-300">{localCategory(names, hit.article.category).name}</p>
              <h2 className="mt-1 font-serif text-xl font-bold leading-snug">
                <a href={e.href(`/news/${hit.article.slug}`)} className="hover:underline">
                  <Highlighted parts={hit.title} />
                </a>
              </h2>
              <p className="mt-2 text-zinc-700 dark:text-zinc-300">
                <Highlighted parts={hit.snippet} />
              </p>
              <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                <RelativeTime iso={hit.article.publishedAt} fallback={e.published(hit.article.publishedAt)} />
              </p>
            </li>
          ))}
        </ol>
      )}
      {results.total > 0 && results.hits.length === 0 && (
        <p className="mt-4">
          {t.noMoreResults}{" "}
          <a href={href(1)} className="font-semibold text-brand-700 underline dark:text-rose-300">
            {t.backToFirst}
          </a>
        </p>
      )}
      {results.totalPages > 1 && (
        <nav aria-label={t.pagination} className="mt-8 flex items-center justify-between text-sm">
          {results.page > 1 ? (
            <a href={href(results.page - 1)} rel="prev" className="rounded-full border border-zinc-300 px-4 py-2 font-semibold dark:border-zinc-700">
              {t.previous}
            </a>
          ) : (
            <span />
          )}
          {results.page < results.totalPages ? (
            <a href={href(results.page + 1)} rel="next" className="rounded-full border border-zinc-300 px-4 py-2 font-semibold dark:border-zinc-700">
              {t.next}
            </a>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
