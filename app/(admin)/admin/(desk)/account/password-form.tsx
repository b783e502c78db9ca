"use client";
import { useActionState } from "react";
import { changePasswordAction, type PasswordState } from "./actions";

const initial: PasswordState = { ok: false, message: "", fields: {} };

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, initial);
  return (
    <form action={action} className="mt-4 max-w-sm space-y-4">
      <label className="block">
        <span className="admin-label">Current password</span>
        <input name="currentPassword" type="password" autoComplete="current-password" required className="admin-input mt-1" />
        {state.fields.currentPassword && <span className="text-sm text-red-700 dark:text-red-300">{state.fields.currentPassword}</span>}
      </label>
      <label className="block">
        <span className="admin-label">New password (at least 10 characters)</span>
        <input name="newPassword" type="password" autoComplete="new-password" required minLength={10} className="admin-input mt-1" />
        {state.fields.newPassword && <span className="text-sm text-red-700 dark:text-red-300">{state.fields.newPassword}</span>}
      </label>
      {state.message && (
        <p role="status" className={state.ok ? "text-sm text-green-800 dark:text-green-300" : "text-sm text-red-700 dark:text-red-300"}>
          {state.message}
        </p>
      )}
      <button type="submit" disabled={pending} className="admin-button-primary">
        Change password
      </button>
    </form>
  );
}
