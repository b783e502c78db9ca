import { getBreakingNews } from "../_lib/queries/articles";
import { getSiteSettings } from "../_lib/queries/settings";
import { getMenuCategories } from "../_lib/queries/taxonomy";
import { getEdition } from "../_lib/i18n/edition";
import { EditionSwitch } from "./language-switch";
import { BreakingTicker } from "./breaking-ticker";
import { PhoneMenu } from "./phone-menu";
import { SearchForm } from "./search-form";
import { ThemeToggle } from "./theme-toggle";

/** The masthead, search, theme and edition switches, the section menu and the breaking ticker of an edition. */
export async function SiteHeader({ lang = "en" }: { lang?: string }) {
  const [settings, e] = await Promise.all([getSiteSettings(), getEdition(lang)]);
  const { t } = e;
  const [categories, breaking] = await Promise.all([getMenuCategories(e.language), getBreakingNews(settings.breakingWindowHours, e.language)]);
  const sections = [{ slug: "", name: t.home }, ...categories.map((c) => ({ slug: c.slug, name: c.name }))];
  const href = (slug: string) => e.href(slug ? `/category/${slug}` : "/");
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:font-semibold focus:text-brand-700 dark:focus:bg-zinc-900 dark:focus:text-rose-300"
      >
        {t.skipToContent}
      </a>
      <header className="relative border-b border-zinc-200 dark:border-zinc-800">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 md:py-4">
          <a href={e.href("/")} className="font-serif text-2xl font-bold tracking-tight text-brand-700 md:text-3xl dark:text-rose-400">
            {e.siteName}
          </a>
          <div className="flex items-center gap-2">
            <SearchForm label={t.siteSearch} id="header-search" className="hidden w-72 md:flex" lang={lang} />
            {/* On a phone the masthead needs the room: the switch is in the menu there. */}
            <EditionSwitch lang={e.language} className="hidden md:inline-flex" />
            <ThemeToggle label={t.darkMode} />
            <PhoneMenu label={t.menu}>
              <SearchForm label={t.siteSearchMenu} id="phone-search" lang={lang} />
              <EditionSwitch lang={e.language} className="mt-4 inline-flex" testId="edition-switch-menu" />
              <nav aria-label={t.siteMenu} className="mt-4">
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
        <nav aria-label={t.sectionsNav} className="border-t border-zinc-200 dark:border-zinc-800">
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
          lang={lang}
          items={breaking.map((b) => ({ slug: b.slug, title: b.title, publishedAt: b.publishedAt }))}
        />
      </header>
    </>
  );
}
