"use client";
// A form bound to a management server action, showing its message and field errors.
import { useActionState } from "react";
import type { FormState } from "@/app/(admin)/admin/(desk)/manage-actions";

type Props = {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  children: React.ReactNode;
  submitLabel: string;
  className?: string;
  danger?: boolean;
  confirm?: string;
};

const initial: FormState = { ok: false, message: "", fields: {} };

export function ActionForm({ action, children, submitLabel, className, danger, confirm }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  return (
    <form
      action={formAction}
      className={className}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {children}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={pending} className={danger ? "admin-button-danger" : "admin-button"}>
          {submitLabel}
        </button>
        {state.message && (
          <span role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-300"}`}>
            {state.message}
            {Object.entries(state.fields).map(([k, v]) => (
              <span key={k} className="block">
                {k}: {v}
              </span>
            ))}
          </span>
        )}
      </div>
      {state.secret && (
        <p className="mt-2 break-all rounded bg-zinc-100 p-2 font-mono text-sm dark:bg-zinc-800" data-testid="new-token">
          {state.secret}
        </p>
      )}
    </form>
  );
}
