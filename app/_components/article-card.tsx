import Link from "next/link";
import type { ArticleCard as Card } from "../_lib/queries/shapes";
import { formatPublished } from "../_lib/format/dates";
import { site } from "../_lib/site";
import { RelativeTime } from "./relative-time";
import { StoryImage } from "./story-image";

export function ArticleCard({
  article,
  variant = "default",
  priority,
}: {
  article: Card;
  variant?: "lead" | "default" | "compact";
  /** Load the image eagerly (above the fold). */
  priority?: boolean;
}) {
  const when = <RelativeTime iso={article.publishedAt} fallback={formatPublished(new Date(article.publishedAt), site.timeZone)} />;
  if (variant === "compact") {
    return (
      <article className="py-3">
        <h3 className="font-serif text-base font-semibold leading-snug">
          <Link href={`/news/${article.slug}`} className="hover:text-brand-600 dark:hover:text-rose-300">{article.title}</Link>
        </h3>
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{when}</p>
      </article>
    );
  }
  const lead = variant === "lead";
  return (
    <article className="group">
      {article.hero && (
        <Link href={`/news/${article.slug}`} tabIndex={-1} aria-hidden="true">
          <StoryImage image={article.hero} sizes={lead ? "(min-width: 1024px) 66vw, 100vw" : "(min-width: 1024px) 22vw, (min-width: 640px) 50vw, 100vw"} priority={priority ?? lead} className="aspect-video rounded" />
        </Link>
      )}
      <p className="mt-2 text-xs font-semibold uppercase tracking-wide text-brand-700 dark:text-rose-300">
        {article.isBreaking && <span className="mr-2 rounded bg-brand-600 px-1.5 py-0.5 text-white">Breaking</span>}
        {article.category.name}
      </p>
      <h3 className={`mt-1 font-serif font-bold leading-tight ${lead ? "text-3xl md:text-4xl" : "text-lg"}`}>
        <Link href={`/news/${article.slug}`} className="hover:text-brand-600 dark:hover:text-rose-300">{article.title}</Link>
      </h3>
      {lead && <p className="mt-2 text-lg text-zinc-700 dark:text-zinc-300">{article.standfirst}</p>}
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{when}</p>
    </article>
  );
}
