import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16 text-center">
      <h1 className="font-serif text-4xl font-bold">Page not found</h1>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300">The story or page you asked for does not exist, or is no longer published.</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand-700 underline dark:text-rose-300">Go to the front page</Link>
      </p>
    </main>
  );
}
