// The editor's "From the wire" panel: which agency item the story was made
// from, and, when the agency sent a newer version (an update or a correction),
// what would change, with Apply and Dismiss (issue 21).
import Link from "next/link";
import { AdminTime } from "./admin-time";
import { FieldDiffList } from "./field-diff-list";
import { FlashMessages } from "./flash-messages";
import type { WireProvenance } from "@/app/_lib/queries/admin/wire-provenance";
import { resolveUpdateAction } from "@/app/(admin)/admin/(desk)/wire/actions";

type Props = { articleId: number; version: number; wire: WireProvenance; notice?: string; error?: string };

export function WireProvenancePanel({ articleId, version, wire, notice, error }: Props) {
  const update = wire.update;
  return (
    <section aria-labelledby="wire-provenance" className="admin-card mb-4 min-w-0 text-sm">
      <h2 id="wire-provenance" className="font-semibold">
        From the wire
      </h2>
      <p className="mt-1 text-zinc-600 dark:text-zinc-400">
        {wire.sourceName} ({wire.agency}) · version {wire.revisions} of <AdminTime iso={wire.versionAt ?? wire.receivedAt} />
        {wire.status === "killed" && <strong className="ms-2 text-red-700 dark:text-red-400">Killed by the agency</strong>}
        {" · "}
        <Link href={`/admin/wire?sourceId=${wire.sourceId}`} className="underline">
          {wire.sourceName} in the wire queue
        </Link>
        {wire.originalUrl && (
          <>
            {" · "}
            <a href={wire.originalUrl} rel="noopener noreferrer nofollow" target="_blank" className="underline">
              Original report
            </a>
          </>
        )}
      </p>
      <FlashMessages notice={notice} error={error} className="mt-2" />
      {update && (
        <div className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950">
          <h3 className="font-semibold">Wire update available</h3>
          {update.changes.length === 0 ? (
            <p className="mt-1">The agency re-sent the item; its text matches the story.</p>
          ) : (
            <>
              <p className="mt-1">Applying replaces the story&apos;s text below with the agency&apos;s (saved as a new revision; unsaved edits in the editor are lost).</p>
              <FieldDiffList changes={update.changes} className="mt-3" />
            </>
          )}
          <div className="mt-3 flex flex-wrap gap-2">
            {update.changes.length > 0 && (
              <form action={resolveUpdateAction}>
                <input type="hidden" name="articleId" value={articleId} />
                <input type="hidden" name="version" value={version} />
                <input type="hidden" name="action" value="apply" />
                <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-600">
                  Apply the update
                </button>
              </form>
            )}
            <form action={resolveUpdateAction}>
              <input type="hidden" name="articleId" value={articleId} />
              <input type="hidden" name="action" value="dismiss" />
              <button type="submit" className="rounded border border-zinc-400 px-3 py-1.5 font-semibold dark:border-zinc-600">
                Dismiss
              </button>
            </form>
          </div>
        </div>
      )}
    </section>
  );
}
