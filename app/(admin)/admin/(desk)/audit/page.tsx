import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/app/_lib/auth/server";
import { listAudit } from "@/app/_lib/queries/admin/staff";
import { AdminTable } from "@/app/_components/admin/admin-table";
import { AdminTime } from "@/app/_components/admin/admin-time";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<{ page?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireStaff("editor");
  const { page: rawPage } = await searchParams;
  const page = rawPage && /^[1-9]\d{0,5}$/.test(rawPage) ? Number(rawPage) : 1;
  const log = await listAudit(actor, { page });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <AdminTable
        caption="Audit log"
        rows={log.entries}
        rowKey={(e) => e.id}
        empty="Nothing recorded yet."
        columns={[
          { header: "When", cellClassName: "whitespace-nowrap", cell: (e) => <AdminTime iso={e.at} /> },
          { header: "Who", cell: (e) => e.actor },
          { header: "Did", cell: (e) => e.action },
          {
            header: "What",
            cell: (e) =>
              e.entityType === "article" ? (
                <Link href={`/admin/articles/${e.entityId}`} className="underline">
                  article {e.entityId}
                </Link>
              ) : (
                `${e.entityType} ${e.entityId}`
              ),
          },
          // The span carries the full text on hover; the cell truncates it.
          {
            header: "Details",
            className: "hidden lg:table-cell",
            cellClassName: "max-w-md truncate font-mono text-xs",
            cell: (e) => <span title={e.details}>{e.details}</span>,
          },
        ]}
      />
      <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
        {page > 1 && (
          <Link href={`/admin/audit?page=${page - 1}`} className="admin-button">
            Previous
          </Link>
        )}
        <span>
          Page {log.page} of {log.totalPages}
        </span>
        {page < log.totalPages && (
          <Link href={`/admin/audit?page=${page + 1}`} className="admin-button">
            Next
          </Link>
        )}
      </nav>
    </div>
  );
}
