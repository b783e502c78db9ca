import { getMenuCategories } from "../_lib/queries/taxonomy";
import { getSiteSettings } from "../_lib/queries/settings";
import { site } from "../_lib/site";

export async function SiteFooter() {
  const [categories, settings] = await Promise.all([getMenuCategories(), getSiteSettings()]);
  return (
    <footer className="below-fold is-footer mt-16 border-t border-zinc-200 py-8 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto max-w-6xl px-4">
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-5 gap-y-2 font-semibold">
            {categories.map((c) => (
              <li key={c.id}>
                <a href={`/category/${c.slug}`} className="hover:text-brand-700 dark:hover:text-rose-300">
                  {c.name}
                </a>
              </li>
            ))}
            <li>
              <a href="/search" className="hover:text-brand-700 dark:hover:text-rose-300">
                Search
              </a>
            </li>
          </ul>
        </nav>
        <p className="mt-4">
          © {site.name}. {settings.siteDescription}
        </p>
      </div>
    </footer>
  );
}
