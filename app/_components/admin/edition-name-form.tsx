// A section's or topic's name in the Urdu edition, on the categories and
// topics pages: typed right to left, the slug defaults to the English one.
// An empty name takes the section or topic out of the Urdu edition.
import { ActionForm } from "./action-form";
import { saveLocaleAction } from "@/app/(admin)/admin/(desk)/manage-actions";

type Locale = { language: string; name: string; slug: string; description: string };

export function EditionNameForm({ kind, id, englishSlug, locales }: { kind: "category" | "topic"; id: number; englishSlug: string; locales: Locale[] }) {
  const ur = locales.find((l) => l.language === "ur");
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-zinc-600 dark:text-zinc-400">
        Urdu edition: {ur ? <span lang="ur" dir="rtl">{ur.name}</span> : "not shown"}
      </summary>
      <ActionForm action={saveLocaleAction} submitLabel="Save Urdu name" className="mt-2 grid gap-2 sm:grid-cols-2 sm:items-end">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="language" value="ur" />
        <label>
          <span className="admin-label">Urdu name (empty: not in the Urdu edition)</span>
          <input name="name" lang="ur" dir="rtl" defaultValue={ur?.name ?? ""} className="admin-input" />
        </label>
        <label>
          <span className="admin-label">Urdu edition slug</span>
          <input name="slug" defaultValue={ur?.slug ?? ""} placeholder={englishSlug} className="admin-input font-mono text-sm" />
        </label>
        <label className="sm:col-span-2">
          <span className="admin-label">Urdu description</span>
          <input name="description" lang="ur" dir="rtl" defaultValue={ur?.description ?? ""} className="admin-input" />
        </label>
      </ActionForm>
    </details>
  );
}
