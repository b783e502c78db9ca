import { site } from "../_lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-zinc-200 py-8 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto max-w-6xl px-4">
        <p>
          {site.name}. {site.description}
        </p>
      </div>
    </footer>
  );
}
