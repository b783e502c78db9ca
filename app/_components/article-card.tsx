import type { ArticleCard as Card } from "../_lib/queries/shapes";
import { getEdition } from "../_lib/i18n/edition";
import { RelativeTime } from "./relative-time";
import { StoryImage } from "./story-image";

export async function ArticleCard({
  article,
  variant = "default",
  priority,
  lang = "en",
}: {
  article: Card;
  variant?: "lead" | "default" | "compact";
  /** Load the image eagerly (above the fold). */
  priority?: boolean;
  /** The edition the card is shown in (its links, labels and dates). */
  lang?: string;
}) {
  const e = await getEdition(lang);
  const href = e.href(`/news/${article.slug}`);
  // The lead story's headline sits right under the page's h1 (a section of its
  // own); every other card sits under a section heading (h2).
  const Headline = variant === "lead" ? "h2" : "h3";
  const when = <RelativeTime iso={article.publishedAt} fallback={e.published(article.publishedAt)} />;
  if (variant === "compact") {
    return (
      <article className="py-3">
        <h3 className="font-serif text-base font-semibold leading-snug">
          <a href={href} className="hover:text-brand-600 dark:hover:text-rose-300">{article.title}</a>
        </h3>
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{when}</p>
      </article>
    );
  }
  const lead = variant === "lead";
  return (
    <article className="group">
      {article.hero && (
        <a href={href} tabIndex={-1} aria-hidden="true">
          <StoryImage image={article.hero} sizes={lead ? "(min-width: 1024px) 66vw, 100vw" : "(min-width: 1024px) 22vw, (min-width: 640px) 50vw, 100vw"} priority={priority ?? lead} className="aspect-video rounded" />
        </a>
      )}
      <p className="mt-2 text-xs font-semibold uppercase tracking-wide text-brand-700 dark:text-rose-300">
        {article.isBreaking && <span className="me-2 rounded bg-brand-600 px-1.5 py-0.5 text-white">{e.t.breaking}</span>}
        {article.category.name}
      </p>
      <Headline className={`mt-1 font-serif font-bold leading-tight ${lead ? "text-3xl md:text-4xl" : "text-lg"}`}>
        <a href={href} className="hover:text-brand-600 dark:hover:text-rose-300">{article.title}</a>
      </Headline>
      {lead && <p className="mt-2 text-lg text-zinc-700 dark:text-zinc-300">{article.standfirst}</p>}
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{when}</p>
    </article>
  );
}
