// Webhooks: admins register URLs that hear about publish, update and
// unpublish, and read the delivery log (attempts, response, next retry).
import { FlashMessages } from "@/app/_components/admin/flash-messages";
import type { Metadata } from "next";
import { AdminTime } from "@/app/_components/admin/admin-time";
import { requireStaff } from "@/app/_lib/auth/server";
import { listWebhooksForAdmin } from "@/app/_lib/queries/webhooks";
import { scheduleDeliveries } from "@/app/_lib/webhooks/deliver";
import { WEBHOOK_EVENTS } from "@/app/_lib/webhooks/events";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from "@/app/_lib/webhooks/sign";
import { createWebhookAction, deleteWebhookAction, retryDeliveryAction } from "./actions";

export const metadata: Metadata = { title: "Webhooks" };

const STATUS_STYLE: Record<string, string> = {
  delivered: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  pending: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  failed: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
};

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ notice?: string; error?: string }> }) {
  const actor = await requireStaff("admin");
  const { notice, error } = await searchParams;
  const { webhooks, deliveries } = await listWebhooksForAdmin(actor);
  // Opening the log also sends whatever is due.
  scheduleDeliveries();
  return (
    <div className="max-w-5xl">
      <h1 className="font-serif text-3xl font-bold">Webhooks</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        On publish, update and unpublish the portal POSTs a JSON event to each URL, signed in <code>{SIGNATURE_HEADER}</code> as{" "}
        <code>sha256=HMAC-SHA256(secret, &quot;{"{"}
        {TIMESTAMP_HEADER}
        {"}"}.{"{"}body{"}"}&quot;)</code>. Failed deliveries are retried with growing delays.
      </p>
      <FlashMessages notice={notice} error={error} />

      <section aria-labelledby="add-webhook" className="mt-6 rounded border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
        <h2 id="add-webhook" className="text-lg font-semibold">Add a webhook</h2>
        <form action={createWebhookAction} className="mt-3 grid gap-3">
          <label className="grid gap-1 text-sm">
            <span className="font-medium">URL</span>
            <input name="url" type="url" required placeholder="https://example.org/hooks/meridian" className="rounded border border-zinc-300 px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-950" />
          </label>
          <fieldset className="flex flex-wrap gap-4 text-sm">
            <legend className="mb-1 font-medium">Events</legend>
            {WEBHOOK_EVENTS.map((e) => (
              <label key={e} className="flex items-center gap-1.5">
                <input type="checkbox" name="events" value={e} defaultChecked /> {e}
              </label>
            ))}
          </fieldset>
          <div>
            <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-600">
              Add webhook
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="registered" className="mt-8">
        <h2 id="registered" className="text-lg font-semibold">Registered</h2>
        {webhooks.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">No webhooks yet.</p>
        ) : (
          <ul className="mt-2 grid gap-3">
            {webhooks.map((h) => (
              <li key={h.id} className="rounded border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-900">
                <p className="break-all font-mono">{h.url}</p>
                <p className="mt-1 text-zinc-600 dark:text-zinc-400">{h.events.join(", ")}</p>
                <details className="mt-1">
                  <summary className="cursor-pointer">Signing secret</summary>
                  <code className="break-all">{h.secret}</code>
                </details>
                <form action={deleteWebhookAction} className="mt-2">
                  <input type="hidden" name="id" value={h.id} />
                  <button type="submit" className="text-red-700 underline dark:text-red-400">
                    Remove
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="deliveries" className="mt-8">
        <h2 id="deliveries" className="text-lg font-semibold">Delivery log</h2>
        {deliveries.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Nothing sent yet.</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-zinc-300 dark:border-zinc-700">
                <tr>
                  <th className="py-2 pr-3">Event</th>
                  <th className="py-2 pr-3">Article</th>
                  <th className="py-2 pr-3">URL</th>
                  <th className="py-2 pr-3">Status</th>
                  <th className="py-2 pr-3">Attempts</th>
                  <th className="py-2 pr-3">Response</th>
                  <th className="py-2 pr-3">Next try / delivered</th>
                  <th className="py-2" />
                </tr>
              </thead>
              <tbody>
                {deliveries.map((d) => (
                  <tr key={d.id} className="border-b border-zinc-200 align-top dark:border-zinc-800">
                    <td className="py-2 pr-3 font-mono">{d.event}</td>
                    <td className="py-2 pr-3">{d.articleTitle}</td>
                    <td className="max-w-48 break-all py-2 pr-3 font-mono text-xs">{d.url}</td>
                    <td className="py-2 pr-3">
                      <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${STATUS_STYLE[d.status] ?? ""}`}>{d.status}</span>
                    </td>
                    <td className="py-2 pr-3">{d.attempts}</td>
                    <td className="py-2 pr-3">
                      {d.responseStatus ?? "—"}
                      {d.lastError && <span className="block text-xs text-red-700 dark:text-red-400">{d.lastError}</span>}
                    </td>
                    <td className="py-2 pr-3">
                      <AdminTime iso={d.deliveredAt ?? d.nextAttemptAt} />
                    </td>
                    <td className="py-2">
                      {d.status !== "delivered" && (
                        <form action={retryDeliveryAction}>
                          <input type="hidden" name="id" value={d.id} />
                          <button type="submit" className="underline">
                            Retry now
                          </button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
