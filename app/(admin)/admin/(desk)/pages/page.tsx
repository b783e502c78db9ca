import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/app/_lib/auth/server";
import { PAGE_PURPOSES } from "@/app/_lib/pages/page-paths";
import { pagePath } from "@/app/_lib/pages/page-paths";
import { listAdminPages } from "@/app/_lib/queries/admin/pages";
import { AdminTable } from "@/app/_components/admin/admin-table";
import { AdminTime } from "@/app/_components/admin/admin-time";
import { StatusBadge } from "@/app/_components/admin/status-badge";

export const metadata: Metadata = { title: "Pages" };

export default async function PagesPage() {
  const actor = await requireStaff("editor");
  const pages = await listAdminPages(actor);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Pages</h1>
        <Link href="/admin/pages/new" className="admin-button-primary">
          New page
        </Link>
      </div>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        The publication&apos;s own pages: about, contact and policies. Published pages are linked from the site footer
        in this order and listed in the sitemap.
      </p>
      <AdminTable
        caption="Pages"
        rows={pages}
        rowKey={(p) => p.id}
        empty="No pages yet."
        columns={[
          {
            header: "Title",
            cell: (p) => (
              <>
                <Link href={`/admin/pages/${p.id}`} className="font-semibold hover:underline">
                  {p.title}
                </Link>
                <span className="block break-all font-mono text-xs text-zinc-500">{pagePath(p.slug)}</span>
              </>
            ),
          },
          { header: "Status", cell: (p) => <StatusBadge status={p.status} /> },
          {
            header: "Purpose",
            cell: (p) => (p.purpose ? PAGE_PURPOSES[p.purpose] : "—"),
            className: "hidden md:table-cell",
          },
          { header: "Language", cell: (p) => p.language, className: "hidden sm:table-cell" },
          { header: "Footer order", cell: (p) => p.position, className: "hidden lg:table-cell" },
          { header: "Updated", cell: (p) => <AdminTime iso={p.updatedAt} />, className: "hidden sm:table-cell" },
        ]}
      />
    </div>
  );
}
