"use client";
// A dialog over the media library: pick an image or upload a new one.
import { useEffect, useRef, useState } from "react";

export type PickedMedia = { id: number; src: string; thumb: string; alt: string; caption: string; credit: string; width: number; height: number };

export function MediaPicker({ onPick, onClose }: { onPick: (m: PickedMedia) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [items, setItems] = useState<PickedMedia[]>([]);
  const [page, setPage] = useState(1);
  const [totalPages, setTotalPages] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/admin/media?page=${page}`)
      .then((r) => r.json())
      .then((body: { media: PickedMedia[]; totalPages: number }) => {
        if (cancelled) return;
        setItems(body.media);
        setTotalPages(body.totalPages);
      })
      .catch(() => setError("The media library could not be loaded."));
    return () => {
      cancelled = true;
    };
  }, [page]);

  async function upload(file: File) {
    setUploading(true);
    setError(null);
    const form = new FormData();
    form.set("file", file);
    const res = await fetch("/api/admin/media", { method: "POST", body: form });
    const body = await res.json().catch(() => null);
    setUploading(false);
    if (!res.ok) {
      setError(body?.error?.message ?? "Upload failed.");
      return;
    }
    onPick(body.media as PickedMedia);
  }

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-label="Media library"
      className="m-auto w-[min(56rem,95vw)] rounded-lg bg-white p-4 text-zinc-900 backdrop:bg-black/50 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">Media library</h2>
        <button type="button" className="admin-button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <label className="mt-3 block">
        <span className="admin-label">Upload an image (JPEG, PNG, WebP, AVIF or GIF, up to 10 MB)</span>
        <input type="file" accept="image/*" disabled={uploading} onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} className="mt-1 text-sm" />
      </label>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      <ul className="mt-3 grid max-h-[60vh] grid-cols-3 gap-2 overflow-y-auto sm:grid-cols-5">
        {items.map((m) => (
          <li key={m.id}>
            <button type="button" onClick={() => onPick(m)} className="block w-full rounded border border-transparent hover:border-brand-600" title={m.alt || `Image ${m.id}`}>
              {/* eslint-disable-next-line @next/next/no-img-element -- library thumbnails are already small WebP variants */}
              <img src={m.thumb} alt={m.alt || `Image ${m.id}`} className="aspect-[4/3] w-full rounded object-cover" loading="lazy" />
            </button>
          </li>
        ))}
      </ul>
      <div className="mt-3 flex items-center gap-2 text-sm">
        <button type="button" className="admin-button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          Previous
        </button>
        <span>
          Page {page} of {totalPages}
        </span>
        <button type="button" className="admin-button" disabled={page >= totalPages} onClick={() => setPage(page + 1)}>
          Next
        </button>
      </div>
    </dialog>
  );
}
