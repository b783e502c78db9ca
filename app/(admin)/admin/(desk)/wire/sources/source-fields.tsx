// The fields of a wire source, shared by "Add a source" and each source's
// "Settings and mappings" form. Mappings are edited as lines "key = value":
// agency keyword = topic slug, agency subject code = section slug.
import { WIRE_FORMATS } from "@/app/_lib/wire/types";

export const fieldClass = "rounded border border-zinc-300 px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-950";

type Source = {
  name: string; agency: string; url: string; format: string; language: string; categoryId: number; creditLine: string; byline: string;
  mode: string; killPolicy: string; pollIntervalSec: number; enabled: boolean; keywordTopics: Record<string, string>; subjectSections: Record<string, number | string>;
};
type Section = { id: number; name: string; slug: string };

/** "key = value" lines of a mapping; section ids are shown as their slugs. */
export function mappingLines(map: Record<string, string | number>, sections: Section[]): string {
  const slugOf = new Map(sections.map((c) => [c.id, c.slug]));
  return Object.entries(map)
    .map(([k, v]) => `${k} = ${typeof v === "number" ? (slugOf.get(v) ?? v) : v}`)
    .join("\n");
}

export function SourceFields({ source, sections }: { source?: Source; sections: Section[] }) {
  const s = source;
  return (
    <>
      <label className="grid gap-1">
        <span className="font-medium">Name</span>
        <input name="name" required defaultValue={s?.name} className={fieldClass} />
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Agency code</span>
        <input name="agency" required placeholder="APP" defaultValue={s?.agency} className={fieldClass} />
      </label>
      <label className="grid gap-1 md:col-span-2">
        <span className="font-medium">Feed URL</span>
        <input name="url" type="url" required placeholder="https://agency.example.com/feed.xml" defaultValue={s?.url} className={fieldClass} />
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Format</span>
        <select name="format" defaultValue={s?.format} className={fieldClass}>
          {WIRE_FORMATS.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </select>
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Language</span>
        <select name="language" defaultValue={s?.language} className={fieldClass}>
          <option value="en">English</option>
          <option value="ur">Urdu</option>
        </select>
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Default section</span>
        <select name="categoryId" defaultValue={s?.categoryId} className={fieldClass}>
          {sections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Credit line</span>
        <input name="creditLine" placeholder="Associated Press of Pakistan" defaultValue={s?.creditLine} className={fieldClass} />
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Mode</span>
        <select name="mode" defaultValue={s?.mode ?? "review"} className={fieldClass}>
          <option value="review">Queue for review</option>
          <option value="auto">Publish at once (trusted source; publishes as you)</option>
        </select>
      </label>
      <label className="grid gap-1">
        <span className="font-medium">When the agency kills an item</span>
        <select name="killPolicy" defaultValue={s?.killPolicy ?? "unpublish"} className={fieldClass}>
          <option value="unpublish">Unpublish the story</option>
          <option value="flag">Only flag it</option>
        </select>
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Poll every (seconds)</span>
        <input name="pollIntervalSec" type="number" min={60} defaultValue={s?.pollIntervalSec ?? 300} className={fieldClass} />
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Auth header (optional, never shown again{s ? "; empty keeps it" : ""})</span>
        <input name="authHeader" type="password" autoComplete="off" className={fieldClass} />
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Agency keyword = topic slug (one per line)</span>
        <textarea name="keywordTopics" rows={3} placeholder="elections = elections" defaultValue={s ? mappingLines(s.keywordTopics, sections) : ""} className={`${fieldClass} font-mono`} />
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Agency subject code = section slug (one per line)</span>
        <textarea name="subjectSections" rows={3} placeholder="medtop:04000000 = business" defaultValue={s ? mappingLines(s.subjectSections, sections) : ""} className={`${fieldClass} font-mono`} />
      </label>
      {s && (
        <label className="flex items-center gap-2">
          <input type="hidden" name="enabled" value="false" />
          <input type="checkbox" name="enabled" value="true" defaultChecked={s.enabled} />
          <span className="font-medium">Poll this source</span>
        </label>
      )}
    </>
  );
}
