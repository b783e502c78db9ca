import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/app/_lib/auth/server";
import { listAudit } from "@/app/_lib/queries/admin/staff";
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
      <div className="admin-card overflow-x-auto p-0">
        <table className="admin-table">
          <thead>
            <tr>
              <th>When</th>
              <th>Who</th>
              <th>Did</th>
              <th>What</th>
              <th className="hidden lg:table-cell">Details</th>
            </tr>
          </thead>
          <tbody>
            {log.entries.map((e) => (
              <tr key={e.id}>
                <td className="whitespace-nowrap">
                  <AdminTime iso={e.at} />
                </td>
                <td>{e.actor}</td>
                <td>{e.action}</td>
                <td>
                  {e.entityType === "article" ? (
                    <Link href={`/admin/articles/${e.entityId}`} className="underline">
                      article {e.entityId}
                    </Link>
                  ) : (
                    `${e.entityType} ${e.entityId}`
                  )}
                </td>
                <td className="hidden max-w-md truncate font-mono text-xs lg:table-cell" title={e.details}>
                  {e.details}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
