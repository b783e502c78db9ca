"use server";
// Server action of /admin/settings: the same mutation as PATCH /api/admin/settings.
import { redirect } from "next/navigation";
import { requestIp, requireStaff } from "@/app/_lib/auth/server";
import { MutationError } from "@/app/_lib/mutations/errors";
import { updateSiteSettings } from "@/app/_lib/mutations/settings";

export async function saveSettingsAction(form: FormData) {
  const actor = await requireStaff("admin");
  const input = {
    siteDescription: String(form.get("siteDescription") ?? ""),
    defaultAgency: String(form.get("defaultAgency") ?? ""),
    breakingWindowHours: String(form.get("breakingWindowHours") ?? ""),
    feedContent: String(form.get("feedContent") ?? ""),
  };
  let query = "notice=" + encodeURIComponent("Settings saved. Readers see them on their next request.");
  try {
    await updateSiteSettings({ actor, ip: await requestIp() }, input);
  } catch (err) {
    if (!(err instanceof MutationError)) throw err;
    const [field, message] = Object.entries(err.fields)[0] ?? ["", err.message];
    query = `error=${encodeURIComponent(message)}&field=${encodeURIComponent(field)}`;
  }
  redirect(`/admin/settings?${query}`);
}
