import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/app/_lib/auth/server";
import { ARTICLE_STATUSES, LANGUAGES } from "@/app/_lib/domain";
import { listAdminArticles, parseArticleFilters } from "@/app/_lib/queries/admin/articles";
import { listAdminAuthors, listAdminCategories, listAdminTopics } from "@/app/_lib/queries/admin/taxonomy";
import { AdminTable } from "@/app/_components/admin/admin-table";
import { AdminTime } from "@/app/_components/admin/admin-time";
import { STATUS_LABEL, StatusBadge } from "@/app/_components/admin/status-badge";

export const metadata: Metadata = { title: "Articles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const raw = await searchParams;
  const filters = parseArticleFilters(raw);
  const [list, categories, topics, authors] = await Promise.all([
    listAdminArticles(actor, filters),
    listAdminCategories(actor),
    listAdminTopics(actor),
    listAdminAuthors(actor),
  ]);
  const pageHref = (page: number) => {
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries(raw)) if (typeof v === "string" && v && k !== "page") sp.set(k, v);
    sp.set("page", String(page));
    return `/admin/articles?${sp}`;
  };
  const select = "admin-input py-1.5 text-sm";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Articles</h1>
        <Link href="/admin/articles/new" className="admin-button-primary">
          New article
        </Link>
      </div>
      <form method="get" className="admin-card grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6" role="search">
        <label className="col-span-2 sm:col-span-3 lg:col-span-6">
          <span className="sr-only">Search</span>
          <input
            type="search"
            name="q"
            defaultValue={filters.q ?? ""}
            placeholder="Search title and text"
            className="admin-input"
          />
        </label>
        <label>
          <span className="admin-label">Status</span>
          <select name="status" defaultValue={filters.status ?? ""} className={select}>
            <option value="">Any</option>
            {ARTICLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="admin-label">Category</span>
          <select name="category" defaultValue={filters.categoryId ?? ""} className={select}>
            <option value="">Any</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="admin-label">Topic</span>
          <select name="topic" defaultValue={filters.topicId ?? ""} className={select}>
            <option value="">Any</option>
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="admin-label">Author</span>
          <select name="author" defaultValue={filters.authorId ?? ""} className={select}>
            <option value="">Any</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="admin-label">Language</span>
          <select name="language" defaultValue={filters.language ?? ""} className={select}>
            <option value="">Any</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-end">
          <button type="submit" className="admin-button w-full">
            Filter
          </button>
        </div>
      </form>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {list.total} article{list.total === 1 ? "" : "s"}
      </p>
      <AdminTable
        caption="Articles"
        rows={list.articles}
        rowKey={(a) => a.id}
        empty="No articles match."
        columns={[
          {
            header: "Title",
            cellClassName: "min-w-48",
            cell: (a) => (
              <>
                <Link href={`/admin/articles/${a.id}`} className="font-medium hover:underline">
                  {a.title}
                </Link>
                {a.isBreaking && <span className="ml-2 text-xs font-bold uppercase text-brand-700">Breaking</span>}
              </>
            ),
          },
          { header: "Status", cell: (a) => <StatusBadge status={a.status} /> },
          { header: "Section", className: "hidden md:table-cell", cell: (a) => a.category },
          { header: "Authors", className: "hidden lg:table-cell", cell: (a) => a.authors.join(", ") },
          {
            header: "Updated",
            className: "hidden sm:table-cell",
            cellClassName: "whitespace-nowrap",
            cell: (a) => <AdminTime iso={a.updatedAt} />,
          },
        ]}
      />
      {list.totalPages > 1 && (
        <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
          {list.page > 1 && (
            <Link href={pageHref(list.page - 1)} className="admin-button">
              Previous
            </Link>
          )}
          <span>
            Page {list.page} of {list.totalPages}
          </span>
          {list.page < list.totalPages && (
            <Link href={pageHref(list.page + 1)} className="admin-button">
              Next
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
