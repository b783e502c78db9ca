import { getBreakingNews } from "../_lib/queries/articles";
import { getSiteSettings } from "../_lib/queries/settings";
import { getMenuCategories } from "../_lib/queries/taxonomy";
import { site } from "../_lib/site";
import { BreakingTicker } from "./breaking-ticker";
import { PhoneMenu } from "./phone-menu";
import { SearchForm } from "./search-form";
import { ThemeToggle } from "./theme-toggle";

export async function SiteHeader() {
  const settings = await getSiteSettings();
  const [categories, breaking] = await Promise.all([getMenuCategories(), getBreakingNews(settings.breakingWindowHours)]);
  const sections = [{ slug: "", name: "Home" }, ...categories.map((c) => ({ slug: c.slug, name: c.name }))];
  const href = (slug: string) => (slug ? `/category/${slug}` : "/");
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:font-semibold focus:text-brand-700 dark:focus:bg-zinc-900 dark:focus:text-rose-300"
      >
        Skip to content
      </a>
      <header className="relative border-b border-zinc-200 dark:border-zinc-800">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 md:py-4">
          <a href="/" className="font-serif text-2xl font-bold tracking-tight text-brand-700 md:text-3xl dark:text-rose-400">
            {site.name}
          </a>
          <div className="flex items-center gap-2">
            <SearchForm label="Site search" id="header-search" className="hidden w-72 md:flex" />
            <ThemeToggle />
            <PhoneMenu>
              <SearchForm label="Site search (menu)" id="phone-search" />
              <nav aria-label="Site menu" className="mt-4">
                <ul className="grid grid-cols-2 gap-1">
                  {sections.map((c) => (
                    <li key={c.slug}>
                      <a href={href(c.slug)} className="block rounded px-2 py-2 font-semibold hover:bg-zinc-100 dark:hover:bg-zinc-800">
                        {c.name}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </PhoneMenu>
          </div>
        </div>
        <nav aria-label="Sections" className="border-t border-zinc-200 dark:border-zinc-800">
          <ul className="mx-auto flex max-w-6xl gap-x-5 overflow-x-auto px-4 py-2 text-sm font-semibold uppercase tracking-wide">
            {sections.map((c) => (
              <li key={c.slug}>
                <a href={href(c.slug)} className="whitespace-nowrap hover:text-brand-600 dark:hover:text-rose-300">
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <BreakingTicker
          windowHours={settings.breakingWindowHours}
          items={breaking.map((b) => ({ slug: b.slug, title: b.title, publishedAt: b.publishedAt }))}
        />
      </header>
    </>
  );
}
