"use client";
// The editor's hero image panel: preview, choose from the media library, alt
// text, caption and credit (the picker fills empty ones from the library).
import { useState } from "react";
import { MediaPicker, type PickedMedia } from "../media-picker";
import type { ArticleSave } from "./use-article-save";

export function HeroPanel({ editor }: { editor: ArticleSave }) {
  const { fields, set, setFields, markDirty, errors } = editor;
  const [pickingHero, setPickingHero] = useState(false);
  const err = (k: string) => errors[k] && <span className="text-sm text-red-700 dark:text-red-300">{errors[k]}</span>;
  return (
    <>
      <section className="admin-card space-y-2" aria-label="Hero image">
        <span className="admin-label">Hero image</span>
        {fields.hero ? (
          // eslint-disable-next-line @next/next/no-img-element -- a preview of a library image
          <img src={fields.hero.src} alt={fields.heroAlt || "Hero image"} className="w-full rounded" />
        ) : (
          <p className="text-sm text-zinc-500">No image.</p>
        )}
        <div className="flex gap-2">
          <button type="button" className="admin-button" onClick={() => setPickingHero(true)}>
            {fields.hero ? "Change" : "Choose image"}
          </button>
          {fields.hero && (
            <button type="button" className="admin-button" onClick={() => set("hero", null)}>
              Remove
            </button>
          )}
        </div>
        {err("heroMediaId")}
        <label className="block">
          <span className="admin-label">Alt text</span>
          <input
            value={fields.heroAlt}
            onChange={(e) => set("heroAlt", e.target.value)}
            className="admin-input mt-1 text-sm"
          />
        </label>
        <label className="block">
          <span className="admin-label">Caption</span>
          <input
            value={fields.heroCaption}
            onChange={(e) => set("heroCaption", e.target.value)}
            className="admin-input mt-1 text-sm"
          />
        </label>
        <label className="block">
          <span className="admin-label">Credit</span>
          <input
            value={fields.heroCredit}
            onChange={(e) => set("heroCredit", e.target.value)}
            className="admin-input mt-1 text-sm"
          />
        </label>
      </section>
      {pickingHero && (
        <MediaPicker
          onClose={() => setPickingHero(false)}
          onPick={(m: PickedMedia) => {
            setFields((f) => ({
              ...f,
              hero: { id: m.id, src: m.src },
              heroAlt: f.heroAlt || m.alt,
              heroCaption: f.heroCaption || m.caption,
              heroCredit: f.heroCredit || m.credit,
            }));
            markDirty();
            setPickingHero(false);
          }}
        />
      )}
    </>
  );
}
