import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FieldDiffList } from "@/app/_components/admin/field-diff-list";
import { requireStaff } from "@/app/_lib/auth/server";
import { bodyText, type BodyDoc } from "@/app/_lib/content/body";
import { getAdminPage, getPageRevision, listPageRevisions } from "@/app/_lib/queries/admin/pages";
import { AdminTime } from "@/app/_components/admin/admin-time";
import { RestoreRevisionButton } from "@/app/_components/admin/restore-revision-button";
import { restorePageRevisionAction } from "../../actions";

export const metadata: Metadata = { title: "Page revisions" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string; b?: string }> };

const FIELDS = ["title", "slug", "summary", "body", "purpose", "position", "status"] as const;

function fieldText(snapshot: Record<string, unknown>, field: (typeof FIELDS)[number]): string {
  if (field === "body") return snapshot.bodyJson ? bodyText(snapshot.bodyJson as BodyDoc) : "";
  const v = snapshot[field];
  return v === undefined || v === null ? "" : String(v);
}

export default async function PageRevisionsPage({ params, searchParams }: Props) {
  const actor = await requireStaff("editor");
  const { id } = await params;
  if (!/^[1-9][0-9]{0,9}$/.test(id)) notFound();
  const pageId = Number(id);
  const [page, revisions] = await Promise.all([getAdminPage(actor, pageId), listPageRevisions(actor, pageId)]);
  if (!page || !revisions?.length) notFound();
  const sp = await searchParams;
  const newer = revisions.find((r) => String(r.id) === sp.b) ?? revisions[0];
  const older = revisions.find((r) => String(r.id) === sp.a) ?? revisions[revisions.indexOf(newer) + 1] ?? null;
  const [b, a] = await Promise.all([
    getPageRevision(actor, pageId, newer.id),
    older ? getPageRevision(actor, pageId, older.id) : null,
  ]);
  const changes = b
    ? FIELDS.map((field) => ({
        field,
        before: a ? fieldText(a.snapshot, field) : "",
        after: fieldText(b.snapshot, field),
      })).filter((c) => c.before !== c.after)
    : [];

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/admin/pages/${page.id}`} className="text-sm underline">
          ← Back to the editor
        </Link>
        <h1 className="mt-2 text-2xl font-bold">Revisions of “{page.title}”</h1>
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <section className="admin-card p-0" aria-label="History">
          <ol className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
            {revisions.map((r, i) => (
              <li key={r.id} className={`p-3 ${r.id === newer.id ? "bg-zinc-100 dark:bg-zinc-800" : ""}`}>
                <div className="flex items-baseline justify-between gap-2">
                  <Link
                    href={`?b=${r.id}${revisions[i + 1] ? `&a=${revisions[i + 1].id}` : ""}`}
                    className="font-semibold hover:underline"
                  >
                    Version {r.version}
                  </Link>
                  <span className="text-zinc-500">
                    <AdminTime iso={r.createdAt} />
                  </span>
                </div>
                <p className="text-zinc-600 dark:text-zinc-400">
                  {r.note} · {r.user || "unknown"}
                </p>
                {i > 0 && <RestoreRevisionButton restore={restorePageRevisionAction.bind(null, page.id, r.id)} version={r.version} editorPath={`/admin/pages/${page.id}`} />}
              </li>
            ))}
          </ol>
        </section>
        <section className="admin-card min-w-0" aria-label="Changes">
          <h2 className="font-semibold">
            {older ? `Version ${older.version} → version ${newer.version}` : `Version ${newer.version} (first)`}
          </h2>
          {changes.length === 0 && (
            <p className="mt-2 text-sm text-zinc-500">No text changed in this revision (a step such as publish).</p>
          )}
          <FieldDiffList changes={changes} className="mt-3" />
        </section>
      </div>
    </div>
  );
}
