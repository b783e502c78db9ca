import Link from "next/link";
import { requireStaff } from "@/app/_lib/auth/server";
import { atLeast } from "@/app/_lib/auth/roles";
import { site } from "@/app/_lib/site";
import { AdminNav } from "@/app/_components/admin/admin-nav";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireStaff();
  const links: { href: string; label: string; show: boolean }[] = [
    { href: "/admin", label: "Dashboard", show: true },
    { href: "/admin/articles", label: "Articles", show: true },
    { href: "/admin/articles/new", label: "New article", show: true },
    { href: "/admin/wire", label: "Wire", show: true },
    { href: "/admin/categories", label: "Categories", show: atLeast(actor.role, "editor") },
    { href: "/admin/topics", label: "Topics", show: atLeast(actor.role, "editor") },
    { href: "/admin/authors", label: "Authors", show: atLeast(actor.role, "editor") },
    { href: "/admin/pages", label: "Pages", show: atLeast(actor.role, "editor") },
    { href: "/admin/media", label: "Media", show: true },
    { href: "/admin/audit", label: "Audit log", show: atLeast(actor.role, "editor") },
    { href: "/admin/users", label: "Users", show: actor.role === "admin" },
    { href: "/admin/tokens", label: "API tokens", show: actor.role === "admin" },
    { href: "/admin/webhooks", label: "Webhooks", show: actor.role === "admin" },
    { href: "/admin/settings", label: "Settings", show: actor.role === "admin" },
  ];
  return (
    <div className="md:flex">
      <header className="relative border-b border-zinc-200 bg-white md:min-h-screen md:w-56 md:shrink-0 md:border-r md:border-b-0 dark:border-zinc-800 dark:bg-zinc-900">
        <div className="px-4 py-3">
          <Link href="/admin" className="font-serif text-lg font-bold text-brand-700 dark:text-rose-400">
            {site.name} <span className="block text-xs font-sans font-semibold uppercase tracking-wide text-zinc-500">Newsroom</span>
          </Link>
        </div>
        {/* One list of links: the sidebar on a wide screen, the "Menu" panel on a phone (admin-nav.tsx). */}
        <AdminNav
          links={links.filter((l) => l.show).map(({ href, label }) => ({ href, label }))}
          extra={
            // Reader pages are reached by a full load, as readers reach them (app/(site)/layout.tsx): no client router, no prefetch.
            // eslint-disable-next-line @next/next/no-html-link-for-pages
            <a href="/" className="underline">
              View site
            </a>
          }
        />
        <div className="hidden border-t border-zinc-200 px-4 py-3 text-sm md:block dark:border-zinc-800">
          <p className="font-semibold">{actor.name}</p>
          <p className="text-zinc-500">{actor.role}</p>
          <p className="mt-2 flex gap-3">
            <Link href="/admin/account" className="underline">
              Account
            </Link>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a reader page: a full load, see above */}
            <a href="/" className="underline">
              View site
            </a>
          </p>
          <form action="/api/admin/logout" method="post" className="mt-2">
            <button type="submit" className="underline">
              Log out
            </button>
          </form>
        </div>
      </header>
      <main id="main" className="min-w-0 flex-1 px-4 py-6 md:px-8">
        {children}
        <footer className="mt-10 flex flex-wrap gap-x-4 gap-y-2 border-t border-zinc-200 pt-4 text-sm md:hidden dark:border-zinc-800">
          <span>
            {actor.name} ({actor.role})
          </span>
          <Link href="/admin/account" className="underline">
            Account
          </Link>
          <form action="/api/admin/logout" method="post">
            <button type="submit" className="underline">
              Log out
            </button>
          </form>
        </footer>
      </main>
    </div>
  );
}
