import type { Metadata } from "next";
import { requireStaff } from "@/app/_lib/auth/server";
import { listAdminAuthors } from "@/app/_lib/queries/admin/taxonomy";
import { ActionForm } from "@/app/_components/admin/action-form";
import { saveAuthorAction } from "../manage-actions";

export const metadata: Metadata = { title: "Authors" };

type A = Awaited<ReturnType<typeof listAdminAuthors>>[number] | null;

function AuthorFields({ a }: { a: A }) {
  return (
    <>
      {a && <input type="hidden" name="id" value={a.id} />}
      <label>
        <span className="admin-label">Name</span>
        <input name="name" defaultValue={a?.name} className="admin-input" required />
      </label>
      <label>
        <span className="admin-label">Avatar (media id)</span>
        <input name="avatarMediaId" type="number" min={1} defaultValue={a?.avatarMediaId ?? ""} className="admin-input" />
      </label>
      <label className="sm:col-span-2">
        <span className="admin-label">Bio</span>
        <textarea name="bio" rows={2} defaultValue={a?.bio} className="admin-input" />
      </label>
      <label>
        <span className="admin-label">X handle</span>
        <input name="xHandle" defaultValue={a?.xHandle ?? ""} className="admin-input" />
      </label>
      <label>
        <span className="admin-label">Instagram handle</span>
        <input name="instagramHandle" defaultValue={a?.instagramHandle ?? ""} className="admin-input" />
      </label>
      <label>
        <span className="admin-label">Facebook URL</span>
        <input name="facebookUrl" type="url" defaultValue={a?.facebookUrl ?? ""} className="admin-input" />
      </label>
      <label>
        <span className="admin-label">LinkedIn URL</span>
        <input name="linkedinUrl" type="url" defaultValue={a?.linkedinUrl ?? ""} className="admin-input" />
      </label>
      <label className="sm:col-span-2">
        <span className="admin-label">Website</span>
        <input name="websiteUrl" type="url" defaultValue={a?.websiteUrl ?? ""} className="admin-input" />
      </label>
    </>
  );
}

export default async function AuthorsPage() {
  const actor = await requireStaff("editor");
  const authors = await listAdminAuthors(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Authors</h1>
      <ul className="space-y-3">
        {authors.map((a) => (
          <li key={a.id} className="admin-card">
            <div className="mb-2 flex items-center gap-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- small library avatar */}
              {a.avatarSrc && <img src={a.avatarSrc} alt="" width={40} height={40} className="h-10 w-10 rounded-full object-cover" />}
              <span className="font-semibold">{a.name}</span>
              <span className="text-sm text-zinc-500">{a._count.articles} articles</span>
            </div>
            <ActionForm action={saveAuthorAction} submitLabel="Save" className="grid gap-2 sm:grid-cols-2">
              <AuthorFields a={a} />
            </ActionForm>
          </li>
        ))}
      </ul>
      <section className="admin-card">
        <h2 className="mb-2 font-semibold">New author</h2>
        <ActionForm action={saveAuthorAction} submitLabel="Create author" className="grid gap-2 sm:grid-cols-2">
          <AuthorFields a={null} />
        </ActionForm>
      </section>
    </div>
  );
}
