// Site settings (admins): what the desk changes without a redeploy. Saving
// revalidates the "settings" tag, so readers' pages pick it up at once; a refused
// save keeps what was typed and marks the field (ActionForm).
import type { Metadata } from "next";
import { requireStaff } from "@/app/_lib/auth/server";
import { getSiteSettingsForAdmin } from "@/app/_lib/queries/settings";
import { ActionForm } from "@/app/_components/admin/action-form";
import { saveSettingsAction } from "../manage-actions";

export const metadata: Metadata = { title: "Site settings" };

const input = "rounded border border-zinc-300 px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-950";
const hint = "text-xs text-zinc-600 dark:text-zinc-400";

export default async function SettingsPage() {
  const actor = await requireStaff("admin");
  const s = await getSiteSettingsForAdmin(actor);
  return (
    <div className="max-w-2xl">
      <h1 className="font-serif text-3xl font-bold">Site settings</h1>
      <ActionForm action={saveSettingsAction} submitLabel="Save settings" className="mt-6 grid gap-5 rounded border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
        <label className="grid gap-1 text-sm">
          <span className="font-medium">Site tagline</span>
          <textarea name="siteDescription" rows={2} required defaultValue={s.siteDescription} className={input} />
          <span className={hint}>In the footer of every page and the front page description (search and social cards). 10 to 200 characters.</span>
        </label>
        <label className="grid gap-1 text-sm">
          <span className="font-medium">Default dateline agency</span>
          <input name="defaultAgency" defaultValue={s.defaultAgency} maxLength={12} className={`${input} max-w-40`} />
          <span className={hint}>Agency code in the dateline of stories that name none, e.g. MNA. Empty: only the site name.</span>
        </label>
        <label className="grid gap-1 text-sm">
          <span className="font-medium">Breaking ticker window (hours)</span>
          <input name="breakingWindowHours" type="number" min={1} max={48} required defaultValue={s.breakingWindowHours} className={`${input} max-w-28`} />
          <span className={hint}>How long a story flagged breaking stays in the header ticker.</span>
        </label>
        <fieldset className="grid gap-1 text-sm">
          <legend className="font-medium">Feed content</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="feedContent" value="full" defaultChecked={s.feedContent === "full"} /> Full story
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="feedContent" value="summary" defaultChecked={s.feedContent === "summary"} /> Summary only
          </label>
          <span className={hint}>What RSS, Atom and JSON Feed items carry.</span>
        </fieldset>
        <fieldset className="grid gap-1 text-sm">
          <legend className="font-medium">Urdu edition digits</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="urduDigits" value="latin" defaultChecked={s.urduDigits === "latin"} /> Latin (13)
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="urduDigits" value="arabic-indic" defaultChecked={s.urduDigits === "arabic-indic"} /> Eastern Arabic-Indic (۱۳)
          </label>
          <span className={hint}>One digit system for every date, time and relative time of the Urdu edition.</span>
        </fieldset>
        <label className="grid gap-1 text-sm">
          <span className="font-medium">Site name in Urdu</span>
          <input name="urduSiteName" dir="rtl" lang="ur" required defaultValue={s.urduSiteName} maxLength={60} className={`${input} max-w-72`} />
          <span className={hint}>The Urdu masthead and Urdu datelines.</span>
        </label>
        <label className="grid gap-1 text-sm">
          <span className="font-medium">Default Urdu dateline agency</span>
          <input name="urduDefaultAgency" dir="rtl" lang="ur" defaultValue={s.urduDefaultAgency} maxLength={30} className={`${input} max-w-40`} />
          <span className={hint}>Agency in the dateline of Urdu stories that name none, e.g. اے پی پی. Empty: only the site name.</span>
        </label>
      </ActionForm>
    </div>
  );
}
