import type { Metadata } from "next";
import { requireStaff } from "@/app/_lib/auth/server";
import { ROLES } from "@/app/_lib/domain";
import { listUsers } from "@/app/_lib/queries/admin/staff";
import { listAdminAuthors } from "@/app/_lib/queries/admin/taxonomy";
import { ActionForm } from "@/app/_components/admin/action-form";
import { saveUserAction } from "../manage-actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requireStaff("admin");
  const [users, authors] = await Promise.all([listUsers(actor), listAdminAuthors(actor)]);
  const authorSelect = (value: number | null) => (
    <select name="authorId" defaultValue={value ?? ""} className="admin-input">
      <option value="">No byline</option>
      {authors.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </select>
  );
  const roleSelect = (value: string) => (
    <select name="role" defaultValue={value} className="admin-input">
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {r}
        </option>
      ))}
    </select>
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Users and roles</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Contributors write and submit; authors also publish their own; editors handle every article and the desk; admins also manage users, tokens and settings. Changing a role, locking an
        account or setting a password logs that person out everywhere.
      </p>
      <ul className="space-y-3">
        {users.map((u) => (
          <li key={u.id} className="admin-card">
            <p className="mb-2 text-sm">
              <span className="font-semibold">{u.email}</span>
              {u.passwordIsDefault && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">demo password</span>}
              {u.disabled && <span className="ml-2 rounded bg-zinc-200 px-1.5 py-0.5 text-xs font-semibold">locked</span>}
            </p>
            <ActionForm action={saveUserAction} submitLabel="Save" className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
              <input type="hidden" name="id" value={u.id} />
              <label>
                <span className="admin-label">Name</span>
                <input name="name" defaultValue={u.name} className="admin-input" required />
              </label>
              <label>
                <span className="admin-label">Role</span>
                {roleSelect(u.role)}
              </label>
              <label>
                <span className="admin-label">Byline</span>
                {authorSelect(u.authorId)}
              </label>
              <label>
                <span className="admin-label">New password</span>
                <input name="password" type="password" autoComplete="new-password" minLength={10} placeholder="unchanged" className="admin-input" />
              </label>
              <label className="flex items-center gap-2">
                <input type="hidden" name="disabled" value="false" />
                <input type="checkbox" name="disabled" value="true" defaultChecked={u.disabled} />
                <span className="text-sm">Locked</span>
              </label>
            </ActionForm>
          </li>
        ))}
      </ul>
      <section className="admin-card">
        <h2 className="mb-2 font-semibold">New account</h2>
        <ActionForm action={saveUserAction} submitLabel="Create account" className="grid gap-2 sm:grid-cols-2">
          <label>
            <span className="admin-label">Email</span>
            <input name="email" type="email" className="admin-input" required />
          </label>
          <label>
            <span className="admin-label">Name</span>
            <input name="name" className="admin-input" required />
          </label>
          <label>
            <span className="admin-label">Role</span>
            {roleSelect("contributor")}
          </label>
          <label>
            <span className="admin-label">Byline</span>
            {authorSelect(null)}
          </label>
          <label className="sm:col-span-2">
            <span className="admin-label">Password (at least 10 characters)</span>
            <input name="password" type="password" autoComplete="new-password" minLength={10} required className="admin-input" />
          </label>
        </ActionForm>
      </section>
    </div>
  );
}
