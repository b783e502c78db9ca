import type { Metadata } from "next";
import { requireStaff } from "@/app/_lib/auth/server";
import { listAdminCategories } from "@/app/_lib/queries/admin/taxonomy";
import { ActionForm } from "@/app/_components/admin/action-form";
import { EditionNameForm } from "@/app/_components/admin/edition-name-form";
import { deleteCategoryAction, saveCategoryAction } from "../manage-actions";

export const metadata: Metadata = { title: "Categories" };

export default async function CategoriesPage() {
  const actor = await requireStaff("editor");
  const categories = await listAdminCategories(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Categories</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">Sections appear in the site menu by menu order (lowest first).</p>
      <ul className="space-y-3">
        {categories.map((c) => (
          <li key={c.id} className="admin-card">
            <ActionForm action={saveCategoryAction} submitLabel="Save" className="grid gap-2 sm:grid-cols-[1fr_1fr_6rem_auto] sm:items-end">
              <input type="hidden" name="id" value={c.id} />
              <label>
                <span className="admin-label">Name</span>
                <input name="name" defaultValue={c.name} className="admin-input" required />
              </label>
              <label>
                <span className="admin-label">Slug</span>
                <input name="slug" defaultValue={c.slug} className="admin-input font-mono text-sm" />
              </label>
              <label>
                <span className="admin-label">Menu order</span>
                <input name="menuOrder" type="number" min={0} defaultValue={c.menuOrder} className="admin-input" />
              </label>
              <label className="flex items-center gap-2 pb-2">
                <input type="hidden" name="inMenu" value="false" />
                <input type="checkbox" name="inMenu" value="true" defaultChecked={c.inMenu} />
                <span className="text-sm">In menu</span>
              </label>
              <label className="sm:col-span-4">
                <span className="admin-label">Description</span>
                <input name="description" defaultValue={c.description} className="admin-input" />
              </label>
            </ActionForm>
            <EditionNameForm kind="category" id={c.id} englishSlug={c.slug} locales={c.locales} />
            <div className="mt-2 flex items-center justify-between text-sm text-zinc-500">
              <span>{c._count.articles} articles</span>
              {c._count.articles === 0 && (
                <ActionForm action={deleteCategoryAction} submitLabel="Delete" danger confirm={`Delete the section ${c.name}?`}>
                  <input type="hidden" name="id" value={c.id} />
                </ActionForm>
              )}
            </div>
          </li>
        ))}
      </ul>
      <section className="admin-card">
        <h2 className="mb-2 font-semibold">New section</h2>
        <ActionForm action={saveCategoryAction} submitLabel="Create section" className="grid gap-2 sm:grid-cols-3 sm:items-end">
          <label>
            <span className="admin-label">Name</span>
            <input name="name" className="admin-input" required />
          </label>
          <label>
            <span className="admin-label">Menu order</span>
            <input name="menuOrder" type="number" min={0} defaultValue={categories.length + 1} className="admin-input" />
          </label>
          <label className="flex items-center gap-2 pb-2">
            <input type="hidden" name="inMenu" value="false" />
            <input type="checkbox" name="inMenu" value="true" defaultChecked />
            <span className="text-sm">In menu</span>
          </label>
        </ActionForm>
      </section>
    </div>
  );
}
