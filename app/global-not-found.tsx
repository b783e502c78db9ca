// The 404 for an address no route (and no reader catch-all) takes. The app has
// one root layout per audience and edition (app/(site), app/(ur), app/(admin)),
// so this page brings its own document. Static: built without a database.
import type { Metadata } from "next";
import { RootDocument } from "./_components/root-document";
import { SearchForm } from "./_components/search-form";
import { site } from "./_lib/site";

export const metadata: Metadata = { title: `Page not found | ${site.name}`, robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <RootDocument lang="en">
      <main id="main" className="mx-auto max-w-3xl px-4 py-16">
        <p>
          <a href="/" className="font-serif text-2xl font-bold text-brand-700 dark:text-rose-400">
            {site.name}
          </a>
        </p>
        <h1 className="mt-8 font-serif text-4xl font-bold">Page not found</h1>
        <p className="mt-4 text-zinc-700 dark:text-zinc-300">The story or page you asked for does not exist, or is no longer published.</p>
        <SearchForm label="Search for a story" id="root-not-found-search" className="mt-6 max-w-xl" />
        <p className="mt-6">
          <a href="/" className="font-semibold text-brand-700 underline dark:text-rose-300">
            Go to the front page
          </a>
        </p>
      </main>
    </RootDocument>
  );
}
