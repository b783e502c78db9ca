"use client";
// A form bound to a management server action, showing its message and field errors.
// What the editor typed is never lost: React resets a form after its action, so this
// form submits through a transition of its own and resets only after a save that
// succeeded (the page's new values then fill it); after a refused save the fields
// keep their text and the refused ones are marked invalid. While a save is in flight
// the fields are disabled, so nothing typed then is undone by the answer. A refused
// field is named in the message as its label names it.
import { startTransition, useActionState, useEffect, useId, useRef, useState } from "react";
import type { FormState } from "@/app/(admin)/admin/(desk)/form-action";

type Props = {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  children: React.ReactNode;
  submitLabel: string;
  className?: string;
  danger?: boolean;
  confirm?: string;
};

const initial: FormState = { ok: false, message: "", fields: {} };

/** Each named field's visible name: its label's first line of text, or a radio group's legend. */
function fieldNames(form: HTMLFormElement): Record<string, string> {
  const names: Record<string, string> = {};
  for (const el of form.elements) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) || !el.name || names[el.name]) continue;
    const label = el instanceof HTMLInputElement && el.type === "radio" ? el.closest("fieldset")?.querySelector("legend") : (el.labels?.[0]?.querySelector("span") ?? el.labels?.[0]);
    const text = label?.textContent?.trim();
    if (text) names[el.name] = text;
  }
  return names;
}

export function ActionForm({ action, children, submitLabel, className, danger, confirm }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const [names, setNames] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  const messageId = useId();

  useEffect(() => {
    const el = form.current;
    if (!el || state === initial) return;
    for (const field of el.querySelectorAll("[aria-invalid]")) {
      field.removeAttribute("aria-invalid");
      field.removeAttribute("aria-describedby");
    }
    if (state.ok) {
      el.reset();
      return;
    }
    const invalid = Object.keys(state.fields)
      .map((name) => el.elements.namedItem(name))
      .filter((field): field is HTMLInputElement => field instanceof HTMLElement);
    for (const field of invalid) {
      field.setAttribute("aria-invalid", "true");
      field.setAttribute("aria-describedby", messageId);
    }
    invalid[0]?.focus();
  }, [state, messageId]);

  return (
    <form
      ref={form}
      action={formAction}
      aria-busy={pending}
      onSubmit={(e) => {
        // Submitted here rather than by React's form action, which would reset the fields.
        e.preventDefault();
        if (pending || (confirm && !window.confirm(confirm))) return;
        const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
        setNames(fieldNames(e.currentTarget));
        startTransition(() => formAction(data));
      }}
    >
      <fieldset disabled={pending} className={`min-w-0 ${className ?? ""}`}>
        {children}
        <div className="flex flex-wrap items-center gap-2">
          <button type="submit" className={danger ? "admin-button-danger" : "admin-button"}>
            {submitLabel}
          </button>
          {pending && <span className="text-sm text-zinc-600 dark:text-zinc-400">Saving…</span>}
          {!pending && state.message && (
            <span id={messageId} role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-300"}`}>
              {state.message}
              {Object.entries(state.fields).map(([k, v]) => (
                <span key={k} className="block">
                  {names[k] ?? k}: {v}
                </span>
              ))}
            </span>
          )}
        </div>
      </fieldset>
      {state.secret && (
        <p className="mt-2 break-all rounded bg-zinc-100 p-2 font-mono text-sm dark:bg-zinc-800" data-testid="new-token">
          {state.secret}
        </p>
      )}
    </form>
  );
}
