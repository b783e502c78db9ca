"use client";
// Shown when a reader page fails, most often because the database is out of
// reach for a moment (the server hooks then answer 503 with Retry-After, see
// app/_server/server-hooks.cjs). Inside the site layout, so the menu and every
// page still cached keep working. Never shows the error itself (it may carry
// internals); the digest lets the team find the server log entry.

export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-3xl py-8">
      <h1 className="font-serif text-4xl font-bold">This page is temporarily unavailable</h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        We could not load this page just now. It should be back within a minute: please try again shortly. The front
        page and the sections in the menu may still be available.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-full bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-600"
        >
          Try again
        </button>
        <a href="/" className="rounded-full border border-zinc-300 px-5 py-2 font-semibold dark:border-zinc-700">
          Front page
        </a>
      </div>
      {error.digest && <p className="mt-6 text-xs text-zinc-600 dark:text-zinc-400">Reference: {error.digest}</p>}
    </div>
  );
}
