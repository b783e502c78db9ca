import type { Metadata } from "next";
import { requireStaff } from "@/app/_lib/auth/server";
import { ROLES } from "@/app/_lib/domain";
import { listApiTokens } from "@/app/_lib/queries/admin/staff";
import { ActionForm } from "@/app/_components/admin/action-form";
import { AdminTable } from "@/app/_components/admin/admin-table";
import { AdminTime } from "@/app/_components/admin/admin-time";
import { createTokenAction, revokeTokenAction } from "../manage-actions";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const actor = await requireStaff("admin");
  const tokens = await listApiTokens(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">API tokens</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Send a token as <code>Authorization: Bearer …</code> to <code>/api/admin/…</code>. It acts with its role (never
        above yours), is shown once and stored only as a hash.
      </p>
      <section className="admin-card">
        <h2 className="mb-2 font-semibold">New token</h2>
        <ActionForm action={createTokenAction} submitLabel="Create token" className="grid gap-2 sm:grid-cols-2">
          <label>
            <span className="admin-label">Name (what uses it)</span>
            <input name="name" className="admin-input" required />
          </label>
          <label>
            <span className="admin-label">Role</span>
            <select name="role" defaultValue="editor" className="admin-input">
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
        </ActionForm>
      </section>
      <AdminTable
        caption="API tokens"
        rows={tokens}
        rowKey={(t) => t.id}
        empty="No tokens yet."
        columns={[
          { header: "Name", cell: (t) => t.name },
          { header: "Token", cellClassName: "font-mono text-xs", cell: (t) => `${t.prefix}…` },
          { header: "Role", cell: (t) => t.role },
          { header: "Last used", className: "hidden sm:table-cell", cell: (t) => <AdminTime iso={t.lastUsedAt} /> },
          {
            header: "",
            cell: (t) =>
              t.revokedAt ? (
                <span className="text-sm text-zinc-500">revoked</span>
              ) : (
                <ActionForm
                  action={revokeTokenAction}
                  submitLabel="Revoke"
                  danger
                  confirm={`Revoke ${t.name}? Anything using it stops working at once.`}
                >
                  <input type="hidden" name="id" value={t.id} />
                </ActionForm>
              ),
          },
        ]}
      />
    </div>
  );
}
