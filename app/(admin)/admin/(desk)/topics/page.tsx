import type { Metadata } from "next";
import { requireStaff } from "@/app/_lib/auth/server";
import { listAdminTopics } from "@/app/_lib/queries/admin/taxonomy";
import { ActionForm } from "@/app/_components/admin/action-form";
import { EditionNameForm } from "@/app/_components/admin/edition-name-form";
import { mergeTopicAction, saveTopicAction } from "../manage-actions";

export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  const actor = await requireStaff("editor");
  const topics = await listAdminTopics(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Topics</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">Rename a topic, or merge it into another: its articles move over and it is deleted.</p>
      <ul className="grid gap-3 lg:grid-cols-2">
        {topics.map((t) => (
          <li key={t.id} className="admin-card space-y-2">
            <p className="text-sm text-zinc-500">
              /topic/{t.slug} · {t._count.articles} articles
            </p>
            <ActionForm action={saveTopicAction} submitLabel="Rename" className="flex flex-wrap items-end gap-2">
              <input type="hidden" name="id" value={t.id} />
              <label className="min-w-0 flex-1">
                <span className="sr-only">Name of {t.name}</span>
                <input name="name" defaultValue={t.name} className="admin-input" required />
              </label>
            </ActionForm>
            <ActionForm action={mergeTopicAction} submitLabel="Merge" confirm={`Merge ${t.name} into the chosen topic? ${t.name} will be deleted.`} className="flex flex-wrap items-end gap-2">
              <input type="hidden" name="id" value={t.id} />
              <label className="min-w-0 flex-1">
                <span className="sr-only">Merge {t.name} into</span>
                <select name="intoTopicId" className="admin-input py-1.5 text-sm" defaultValue="">
                  <option value="">Merge into…</option>
                  {topics
                    .filter((o) => o.id !== t.id)
                    .map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                </select>
              </label>
            </ActionForm>
            <EditionNameForm kind="topic" id={t.id} englishSlug={t.slug} locales={t.locales} />
          </li>
        ))}
      </ul>
    </div>
  );
}
