"use client";
// The publisher page editor's "Placement" box: what the page is for the
// organization's structured data, its place in the footer, its language.
import { LANGUAGES } from "@/app/_lib/domain";
import { PAGE_PURPOSES, PAGE_PURPOSE_KEYS, type PagePurpose } from "@/app/_lib/pages/page-paths";
import type { PageFields } from "./page-editor";

type Props = {
  fields: PageFields;
  set: <K extends keyof PageFields>(key: K, value: PageFields[K]) => void;
  errors: Record<string, string>;
};

export function PagePlacement({ fields, set, errors }: Props) {
  const err = (k: string) =>
    errors[k] && <span className="block text-sm text-red-700 dark:text-red-300">{errors[k]}</span>;
  return (
    <section className="admin-card space-y-3" aria-label="Placement">
      <label className="block">
        <span className="admin-label">Purpose</span>
        <select
          value={fields.purpose}
          onChange={(e) => set("purpose", e.target.value as PagePurpose | "")}
          className="admin-input mt-1"
        >
          <option value="">Other page</option>
          {PAGE_PURPOSE_KEYS.map((k) => (
            <option key={k} value={k}>
              {PAGE_PURPOSES[k]}
            </option>
          ))}
        </select>
        <span className="mt-1 block text-xs text-zinc-500">
          Search engines learn from this which page is the masthead, contact or a policy.
        </span>
        {err("purpose")}
      </label>
      <label className="block">
        <span className="admin-label">Footer order</span>
        <input
          type="number"
          min={0}
          max={1000}
          value={fields.position}
          onChange={(e) => set("position", e.target.value)}
          className="admin-input mt-1"
        />
        {err("position")}
      </label>
      <label className="block">
        <span className="admin-label">Language</span>
        <select value={fields.language} onChange={(e) => set("language", e.target.value)} className="admin-input mt-1">
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {l === "en" ? "English" : "Urdu"}
            </option>
          ))}
        </select>
        {err("language")}
      </label>
    </section>
  );
}
