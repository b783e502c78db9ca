// The wire queue: agency copy newest first, filtered by source, language,
// status, urgency and words; each item opens to the agency's text and
// metadata, with Take (draft), Take and publish (roles that may) and Ignore.
import type { Metadata } from "next";
import Link from "next/link";
import { AdminTime } from "@/app/_components/admin/admin-time";
import { FlashMessages } from "@/app/_components/admin/flash-messages";
import { requireStaff } from "@/app/_lib/auth/server";
import { atLeast } from "@/app/_lib/auth/roles";
import { AppError } from "@/app/_lib/errors";
import { listWireItems, listWireSourceNames } from "@/app/_lib/queries/admin/wire";
import { ignoreAction, takeAction } from "./actions";
import { WireQueueKeys } from "./queue-keys";

export const metadata: Metadata = { title: "Wire" };

const STATUS_STYLE: Record<string, string> = {
  new: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  taken: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  ignored: "bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200",
  killed: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
};
const field = "rounded border border-zinc-300 px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-950";

type Search = Record<string, string | undefined>;

export default async function WirePage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireStaff();
  const { notice, error, ...raw } = await searchParams;
  const filters = Object.fromEntries(Object.entries(raw).filter(([, v]) => v)) as Record<string, string>;
  let result: Awaited<ReturnType<typeof listWireItems>> | null = null;
  let filterError = "";
  try {
    result = await listWireItems(actor, filters);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    filterError = err.message;
  }
  const sources = await listWireSourceNames();
  const canPublish = atLeast(actor.role, "author");
  const back = new URLSearchParams(filters).toString();
  return (
    <div className="max-w-5xl">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="font-serif text-3xl font-bold">Wire</h1>
        {atLeast(actor.role, "editor") && (
          <Link href="/admin/wire/sources" className="text-sm underline">
            Sources and health
          </Link>
        )}
      </div>
      <FlashMessages notice={notice} error={error || filterError} />
      <form id="wire-filters" method="get" role="search" aria-label="Filter the wire" className="mt-4 grid grid-cols-2 gap-2 text-sm md:grid-cols-6">
        <label className="col-span-2 grid gap-1">
          <span className="font-medium">Words</span>
          <input name="q" type="search" defaultValue={filters.q ?? ""} className={field} />
        </label>
        <label className="grid gap-1">
          <span className="font-medium">Source</span>
          <select name="sourceId" defaultValue={filters.sourceId ?? ""} className={field}>
            <option value="">All</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1">
          <span className="font-medium">Status</span>
          <select name="status" defaultValue={filters.status ?? ""} className={field}>
            <option value="">All</option>
            {["new", "taken", "ignored", "killed"].map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label className="grid gap-1">
          <span className="font-medium">Language</span>
          <select name="language" defaultValue={filters.language ?? ""} className={field}>
            <option value="">All</option>
            <option value="en">English</option>
            <option value="ur">Urdu</option>
          </select>
        </label>
        <label className="grid gap-1">
          <span className="font-medium">Urgency up to</span>
          <select name="urgency" defaultValue={filters.urgency ?? ""} className={field}>
            <option value="">Any</option>
            {[1, 2, 3, 4, 5].map((u) => (
              <option key={u}>{u}</option>
            ))}
          </select>
        </label>
        <div className="col-span-2 md:col-span-6">
          <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-600">
            Filter
          </button>
        </div>
      </form>

      {result && (
        <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
          {result.total} item{result.total === 1 ? "" : "s"}
        </p>
      )}
      <WireQueueKeys />
      <ul id="wire-queue" className="mt-2 grid gap-2">
        {result?.data.map((item) => {
          const embargoed = item.embargoed;
          return (
            <li key={item.id} className="rounded border border-zinc-200 bg-white text-sm dark:border-zinc-800 dark:bg-zinc-900">
              <details>
                <summary className="cursor-pointer list-none p-3">
                  <span className="flex flex-wrap items-center gap-2">
                    <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${STATUS_STYLE[item.status] ?? ""}`}>{item.status}</span>
                    {item.urgency !== null && item.urgency <= 2 && <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">urgent {item.urgency}</span>}
                    {embargoed && <span className="rounded bg-purple-100 px-1.5 py-0.5 text-xs font-semibold text-purple-900 dark:bg-purple-900 dark:text-purple-100">embargoed</span>}
                    {item.updatePending && <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">update available</span>}
                    {item.groupSize > 1 && (
                      <Link href={`/admin/wire?group=${item.dupGroupId}`} className="rounded bg-teal-100 px-1.5 py-0.5 text-xs font-semibold text-teal-900 underline dark:bg-teal-900 dark:text-teal-100">
                        same story ×{item.groupSize}
                      </Link>
                    )}
                    {item.correctionNote && <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">correction</span>}
                    <span className="text-xs text-zinc-500">
                      {item.source.name} · <AdminTime iso={(item.versionAt ?? item.receivedAt).toISOString()} />
                    </span>
                  </span>
                  <span lang={item.language} dir={item.language === "ur" ? "rtl" : "ltr"} className={`mt-1 block font-semibold ${item.language === "ur" ? "leading-loose" : ""}`}>
                    {item.title}
                  </span>
                </summary>
                <div className="border-t border-zinc-200 p-3 dark:border-zinc-800">
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
                    <dt>Dateline</dt>
                    <dd lang={item.language}>{[item.datelinePlace, item.agency || item.source.agency].filter(Boolean).join(" · ") || "—"}</dd>
                    <dt>Byline</dt>
                    <dd lang={item.language}>{item.byline || "—"}</dd>
                    <dt>Keywords</dt>
                    <dd lang={item.language}>{item.keywords.join(", ") || "—"}</dd>
                    {item.embargoUntil && (
                      <>
                        <dt>Embargo</dt>
                        <dd>
                          <AdminTime iso={item.embargoUntil.toISOString()} />
                        </dd>
                      </>
                    )}
                    {item.correctionNote && (
                      <>
                        <dt>Correction</dt>
                        <dd>{item.correctionNote}</dd>
                      </>
                    )}
                    {item.originalUrl && (
                      <>
                        <dt>Original</dt>
                        <dd className="break-all">
                          <a href={item.originalUrl} rel="noopener noreferrer nofollow" target="_blank" className="underline">
                            {item.originalUrl}
                          </a>
                        </dd>
                      </>
                    )}
                  </dl>
                  {item.standfirst && (
                    <p lang={item.language} dir={item.language === "ur" ? "rtl" : "ltr"} className="mt-2 font-medium">
                      {item.standfirst}
                    </p>
                  )}
                  {/* Sanitized at ingest with the article body allow-list (content/sanitize.ts). */}
                  <div lang={item.language} dir={item.language === "ur" ? "rtl" : "ltr"} className="prose-sm mt-2 grid gap-2" dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
                  <div className="mt-3 flex flex-wrap gap-2">
                    {item.articleId ? (
                      <Link href={`/admin/articles/${item.articleId}`} className="rounded border border-zinc-300 px-3 py-1.5 font-semibold dark:border-zinc-700">
                        Open the story
                      </Link>
                    ) : item.status === "new" ? (
                      <>
                        <form action={takeAction}>
                          <input type="hidden" name="id" value={item.id} />
                          <input type="hidden" name="back" value={back} />
                          <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-600">
                            Take as draft
                          </button>
                        </form>
                        {canPublish && !embargoed && (
                          <form action={takeAction}>
                            <input type="hidden" name="id" value={item.id} />
                            <input type="hidden" name="publish" value="1" />
                            <input type="hidden" name="back" value={back} />
                            <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-700 dark:border-rose-400 dark:text-rose-300">
                              Take and publish
                            </button>
                          </form>
                        )}
                        <form action={ignoreAction}>
                          <input type="hidden" name="id" value={item.id} />
                          <input type="hidden" name="back" value={back} />
                          <button type="submit" className="rounded px-3 py-1.5 underline">
                            Ignore
                          </button>
                        </form>
                      </>
                    ) : null}
                  </div>
                </div>
              </details>
            </li>
          );
        })}
      </ul>
      {result && result.data.length === 0 && <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">No wire items match.</p>}
    </div>
  );
}
