"use client";
// The newsroom menu. On a wide screen it is the sidebar's list of links; on a
// phone (below md) a "Menu" button in the header opens the same list as a
// full-width panel, instead of one row of links cut off at the right edge. It
// closes when a link is followed and on Escape. The links themselves are a
// plain list the desk layout passes in (app/(admin)/admin/(desk)/layout.tsx).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";

export type AdminNavLink = { href: string; label: string };

/** The link for the page being shown: the longest href the path starts with. */
function currentHref(pathname: string, links: AdminNavLink[]) {
  return links
    .filter((l) => pathname === l.href || pathname.startsWith(`${l.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

export function AdminNav({ links, extra }: { links: AdminNavLink[]; extra?: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const current = currentHref(pathname, links);
  return (
    <nav aria-label="Newsroom" className="px-2 pb-2" onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="newsroom-menu"
        onClick={() => setOpen(!open)}
        className="absolute right-4 top-3 inline-flex h-10 items-center gap-2 rounded-full border border-zinc-300 px-3 text-sm font-semibold md:hidden dark:border-zinc-700"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d={open ? "M6 6l12 12M18 6L6 18" : "M4 7h16M4 12h16M4 17h16"} />
        </svg>
        Menu
      </button>
      <div id="newsroom-menu" className={`${open ? "block" : "hidden"} md:block`}>
        <ul className="grid grid-cols-2 gap-1 text-sm md:flex md:flex-col">
          {links.map((l) => (
            <li key={l.href}>
              <Link
                href={l.href}
                aria-current={l.href === current ? "page" : undefined}
                onClick={() => setOpen(false)}
                className="block rounded px-2 py-2 hover:bg-zinc-100 aria-[current=page]:bg-zinc-100 aria-[current=page]:font-semibold md:py-1.5 dark:hover:bg-zinc-800 dark:aria-[current=page]:bg-zinc-800"
              >
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
        {extra && (
          <div className="mt-2 border-t border-zinc-200 px-2 pt-2 text-sm md:hidden dark:border-zinc-800">{extra}</div>
        )}
      </div>
    </nav>
  );
}
