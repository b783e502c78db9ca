// Wire sources and their health: last poll, last success, last error in plain
// words, items taken in the last 24 h; add, poll now, remove (editors and admins).
import { FlashMessages } from "@/app/_components/admin/flash-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminTime } from "@/app/_components/admin/admin-time";
import { requireStaff } from "@/app/_lib/auth/server";
import { listAdminCategories } from "@/app/_lib/queries/admin/taxonomy";
import { listWireSources } from "@/app/_lib/queries/admin/wire";
import { ActionForm } from "@/app/_components/admin/action-form";
import { deleteSourceAction, pollAction, saveSourceAction } from "../actions";
import { SourceFields } from "./source-fields";

export const metadata: Metadata = { title: "Wire sources" };

export default async function WireSourcesPage({ searchParams }: { searchParams: Promise<{ notice?: string; error?: string }> }) {
  const actor = await requireStaff("editor");
  const { notice, error } = await searchParams;
  const [{ data: sources }, categories] = await Promise.all([listWireSources(actor), listAdminCategories(actor)]);
  return (
    <div className="max-w-5xl">
      <p className="text-sm">
        <Link href="/admin/wire" className="underline">
          Wire queue
        </Link>
      </p>
      <h1 className="mt-1 font-serif text-3xl font-bold">Wire sources</h1>
      <FlashMessages notice={notice} error={error} />
      <ul className="mt-4 grid gap-3">
        {sources.map((s) => (
          <li key={s.id} className="rounded border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-900">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-base font-semibold">
                {s.name} <span className="text-xs font-normal text-zinc-500">{s.agency} · {s.format} · {s.language} · {s.mode === "auto" ? "publishes at once" : "review"}</span>
              </h2>
              <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${s.failures ? "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100" : s.lastSuccessAt ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100" : "bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200"}`}>
                {s.failures ? `failing (${s.failures})` : s.lastSuccessAt ? "healthy" : "not polled yet"}
              </span>
            </div>
            <p className="mt-1 break-all font-mono text-xs text-zinc-600 dark:text-zinc-400">{s.url}</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
              <dt>Last poll</dt>
              <dd>{s.lastPolledAt ? <AdminTime iso={s.lastPolledAt.toISOString()} /> : "never"}</dd>
              <dt>Last success</dt>
              <dd>{s.lastSuccessAt ? <AdminTime iso={s.lastSuccessAt.toISOString()} /> : "never"}</dd>
              <dt>Last error</dt>
              <dd className={s.lastError ? "text-red-700 dark:text-red-400" : ""}>{s.lastError || "none"}</dd>
              <dt>Taken (24 h)</dt>
              <dd>{s.takenLast24h}</dd>
              <dt>Next poll</dt>
              <dd>{s.enabled ? <AdminTime iso={s.nextPollAt.toISOString()} /> : "disabled"}</dd>
              <dt>Auth header</dt>
              <dd>{s.hasAuthHeader ? "set (never shown)" : "none"}</dd>
            </dl>
            <div className="mt-2 flex gap-3">
              <form action={pollAction}>
                <input type="hidden" name="id" value={s.id} />
                <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-600">
                  Poll now
                </button>
              </form>
              <form action={deleteSourceAction}>
                <input type="hidden" name="id" value={s.id} />
                <button type="submit" className="px-3 py-1.5 text-red-700 underline dark:text-red-400">
                  Remove
                </button>
              </form>
            </div>
            <details className="mt-3 border-t border-zinc-200 pt-2 dark:border-zinc-800">
              <summary className="cursor-pointer font-medium">Settings and mappings</summary>
              <ActionForm action={saveSourceAction} submitLabel="Save source" className="mt-3 grid gap-3 md:grid-cols-2">
                <input type="hidden" name="id" value={s.id} />
                <SourceFields source={s} sections={categories} />
              </ActionForm>
            </details>
          </li>
        ))}
        {sources.length === 0 && <li className="text-sm text-zinc-600 dark:text-zinc-400">No sources yet.</li>}
      </ul>

      <section aria-labelledby="add-source" className="mt-8 rounded border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
        <h2 id="add-source" className="text-lg font-semibold">Add a source</h2>
        <ActionForm action={saveSourceAction} submitLabel="Add source" className="mt-3 grid gap-3 text-sm md:grid-cols-2">
          <SourceFields sections={categories} />
        </ActionForm>
      </section>
    </div>
  );
}
