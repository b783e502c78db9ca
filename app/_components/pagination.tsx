import { getEdition } from "../_lib/i18n/edition";


/** Page 1 is the base path; page N is `${base}/page/N` (stable, cacheable URLs). */
export const pageHref = (base: string, page: number) => (page <= 1 ? base : `${base}/page/${page}`);

export async function Pagination({ base, page, totalPages, lang = "en" }: { base: string; page: number; totalPages: number; lang?: string }) {
  if (totalPages <= 1) return null;
  const { t, num } = await getEdition(lang);
  const link = "rounded-full border border-zinc-300 px-4 py-2 font-semibold hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";
  return (
    <nav aria-label={t.pagination} className="mt-10 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <a href={pageHref(base, page - 1)} rel="prev" className={link}>
          {t.newer}
        </a>
      ) : (
        <span />
      )}
      <p className="text-zinc-600 dark:text-zinc-400">
        {t.pageOf(num(page), num(totalPages))}
      </p>
      {page < totalPages ? (
        <a href={pageHref(base, page + 1)} rel="next" className={link}>
          {t.older}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

/**
 * The page number from a /page/N segment: a number from 2 up, or "base" for
 * 1 (which redirects to the page without a number), or null (404).
 */
export function parsePageSegment(raw: string): number | "base" | null {
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return null;
  const n = Number(raw);
  return n === 1 ? "base" : n;
}
