// A plain GET form to /search: works without JavaScript. `label` names the
// search landmark: a page with the header's form and its own needs two
// distinct names (axe landmark-unique), so screen reader users can tell them apart.
import { messages } from "../_lib/i18n";
import { inEdition } from "../_lib/seo/urls";

export function SearchForm({
  label,
  defaultValue = "",
  id = "search",
  className = "",
  lang = "en",
}: {
  label: string;
  defaultValue?: string;
  id?: string;
  className?: string;
  lang?: string;
}) {
  const t = messages(lang);
  return (
    <form action={inEdition(lang, "/search")} method="get" role="search" aria-label={label} className={`flex ${className}`}>
      <label htmlFor={id} className="sr-only">
        {t.searchStories}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder={t.searchStories}
        maxLength={200}
        className="min-w-0 flex-1 rounded-s-full border border-zinc-300 bg-white px-4 py-2 text-sm text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
      />
      <button type="submit" className="rounded-e-full bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-600">
        {t.search}
      </button>
    </form>
  );
}
