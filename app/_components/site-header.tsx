import Link from "next/link";
import { getMenuCategories } from "../_lib/queries/taxonomy";
import { site } from "../_lib/site";

export async function SiteHeader() {
  const categories = await getMenuCategories();
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 dark:focus:bg-zinc-900">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="font-serif text-3xl font-bold tracking-tight text-brand-700 dark:text-rose-400">
          {site.name}
        </Link>
      </div>
      <nav aria-label="Sections" className="border-t border-zinc-200 dark:border-zinc-800">
        <ul className="mx-auto flex max-w-6xl gap-x-5 overflow-x-auto px-4 py-2 text-sm font-semibold uppercase tracking-wide">
          <li>
            <Link href="/" className="hover:text-brand-600">Home</Link>
          </li>
          {categories.map((c) => (
            <li key={c.id}>
              <Link href={`/category/${c.slug}`} className="whitespace-nowrap hover:text-brand-600">
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
