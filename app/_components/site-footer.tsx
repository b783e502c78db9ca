import { getMenuCategories } from "../_lib/queries/taxonomy";
import { getSiteSettings } from "../_lib/queries/settings";
import { getPageLinks } from "../_lib/queries/pages";
import { pagePath } from "../_lib/pages/page-paths";
import { getEdition } from "../_lib/i18n/edition";

export async function SiteFooter({ lang = "en" }: { lang?: string }) {
  const e = await getEdition(lang);
  // The publisher's own pages are English-only for now: the Urdu footer leaves them out.
  const [categories, settings, pages] = await Promise.all([
    getMenuCategories(e.language),
    getSiteSettings(),
    e.language === "en" ? getPageLinks() : Promise.resolve([]),
  ]);
  return (
    <footer className="below-fold is-footer mt-16 border-t border-zinc-200 py-8 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto max-w-6xl px-4">
        <nav aria-label={e.t.footerNav}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2 font-semibold">
            {categories.map((c) => (
              <li key={c.id}>
                <a href={e.href(`/category/${c.slug}`)} className="hover:text-brand-700 dark:hover:text-rose-300">
                  {c.name}
                </a>
              </li>
            ))}
            <li>
              <a href={e.href("/search")} className="hover:text-brand-700 dark:hover:text-rose-300">
                {e.t.search}
              </a>
            </li>
          </ul>
        </nav>
        {pages.length > 0 && (
          // The publisher's own pages (about, contact, policies), in the order the newsroom set.
          <nav aria-label={e.t.aboutPublication} className="mt-4">
            <ul className="flex flex-wrap gap-x-5 gap-y-2">
              {pages.map((p) => (
                <li key={p.slug}>
                  <a href={pagePath(p.slug)} className="underline-offset-2 hover:text-brand-700 hover:underline dark:hover:text-rose-300">
                    {p.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <p className="mt-4">
          {/* The tagline is an English setting: the Urdu footer ends with the name and an Urdu full stop. */}
          {e.language === "en" ? `© ${e.siteName}. ${settings.siteDescription}` : `© ${e.siteName}۔`}
        </p>
      </div>
    </footer>
  );
}
