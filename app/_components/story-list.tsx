// A compact list of headlines with relative times (Recent Stories, Most Read...).
import type { ArticleHeadline } from "../_lib/queries/shapes";
import { formatPublished } from "../_lib/format/dates";
import { site } from "../_lib/site";
import { RelativeTime } from "./relative-time";

export function StoryList({ articles, numbered = false }: { articles: ArticleHeadline[]; numbered?: boolean }) {
  const List = numbered ? "ol" : "ul";
  return (
    <List className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {articles.map((a, i) => (
        <li key={a.id} className="flex gap-3 py-3">
          {numbered && (
            <span aria-hidden="true" className="font-serif text-2xl font-bold leading-none text-brand-700 dark:text-rose-300">
              {i + 1}
            </span>
          )}
          <div>
            <a href={`/news/${a.slug}`} className="font-serif font-semibold leading-snug hover:text-brand-600 dark:hover:text-rose-300">
              {a.title}
            </a>
            <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
              <RelativeTime iso={a.publishedAt} fallback={formatPublished(new Date(a.publishedAt), site.timeZone)} />
            </p>
          </div>
        </li>
      ))}
    </List>
  );
}
