// A compact list of headlines with relative times (Recent Stories, Most Read...).
import type { ArticleHeadline } from "../_lib/queries/shapes";
import { getEdition } from "../_lib/i18n/edition";
import { RelativeTime } from "./relative-time";

export async function StoryList({ articles, numbered = false, lang = "en" }: { articles: ArticleHeadline[]; numbered?: boolean; lang?: string }) {
  const e = await getEdition(lang);
  const List = numbered ? "ol" : "ul";
  return (
    <List className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {articles.map((a, i) => (
        <li key={a.id} className="flex gap-3 py-3">
          {numbered && (
            <span aria-hidden="true" className="font-serif text-2xl font-bold leading-none text-brand-700 dark:text-rose-300">
              {e.num(i + 1)}
            </span>
          )}
          <div>
            <a href={e.href(`/news/${a.slug}`)} className="font-serif font-semibold leading-snug hover:text-brand-600 dark:hover:text-rose-300">
              {a.title}
            </a>
            <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
              <RelativeTime iso={a.publishedAt} fallback={e.published(a.publishedAt)} />
            </p>
          </div>
        </li>
      ))}
    </List>
  );
}
