import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/app/_lib/auth/server";
import { can } from "@/app/_lib/auth/roles";
import { listAdminMedia } from "@/app/_lib/queries/admin/media";
import { ActionForm } from "@/app/_components/admin/action-form";
import { deleteMediaAction, saveMediaAction, uploadMediaAction } from "../manage-actions";

export const metadata: Metadata = { title: "Media" };

type Props = { searchParams: Promise<{ page?: string }> };

export default async function MediaPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const { page: rawPage } = await searchParams;
  const page = rawPage && /^[1-9]\d{0,5}$/.test(rawPage) ? Number(rawPage) : 1;
  const { media, totalPages } = await listAdminMedia(actor, { page });
  const mayEdit = can(actor, "media.write");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Media library</h1>
      <section className="admin-card">
        <h2 className="mb-2 font-semibold">Upload</h2>
        <ActionForm action={uploadMediaAction} submitLabel="Upload" className="grid gap-2 sm:grid-cols-2">
          <label className="sm:col-span-2">
            <span className="admin-label">Image (JPEG, PNG, WebP, AVIF or GIF; up to 10 MB; metadata is removed)</span>
            <input type="file" name="file" accept="image/*" required className="mt-1 text-sm" />
          </label>
          <label>
            <span className="admin-label">Alt text</span>
            <input name="alt" className="admin-input" />
          </label>
          <label>
            <span className="admin-label">Credit</span>
            <input name="credit" className="admin-input" />
          </label>
          <label className="sm:col-span-2">
            <span className="admin-label">Caption</span>
            <input name="caption" className="admin-input" />
          </label>
        </ActionForm>
      </section>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {media.map((m) => (
          <li key={m.id} className="admin-card space-y-2">
            {/* eslint-disable-next-line @next/next/no-img-element -- library thumbnail (a small WebP variant) */}
            <img src={m.thumb} alt={m.alt} className="aspect-[4/3] w-full rounded object-cover" loading="lazy" />
            <p className="text-xs text-zinc-500">
              #{m.id} · {m.width}×{m.height} · {Math.round(m.sizeBytes / 1024)} KB
            </p>
            {mayEdit ? (
              <>
                <ActionForm action={saveMediaAction} submitLabel="Save" className="space-y-1">
                  <input type="hidden" name="id" value={m.id} />
                  <input name="alt" defaultValue={m.alt} aria-label="Alt text" placeholder="Alt text" className="admin-input py-1 text-sm" />
                  <input name="caption" defaultValue={m.caption} aria-label="Caption" placeholder="Caption" className="admin-input py-1 text-sm" />
                  <input name="credit" defaultValue={m.credit} aria-label="Credit" placeholder="Credit" className="admin-input py-1 text-sm" />
                </ActionForm>
                <ActionForm action={deleteMediaAction} submitLabel="Delete" danger confirm="Delete this image? Stories using it as hero lose it.">
                  <input type="hidden" name="id" value={m.id} />
                </ActionForm>
              </>
            ) : (
              <p className="text-sm">{m.alt || "No alt text"}</p>
            )}
          </li>
        ))}
      </ul>
      <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
        {page > 1 && (
          <Link href={`/admin/media?page=${page - 1}`} className="admin-button">
            Previous
          </Link>
        )}
        <span>
          Page {page} of {totalPages}
        </span>
        {page < totalPages && (
          <Link href={`/admin/media?page=${page + 1}`} className="admin-button">
            Next
          </Link>
        )}
      </nav>
    </div>
  );
}
