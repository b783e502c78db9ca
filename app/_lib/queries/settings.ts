// Site settings for readers' pages (cached, tag "settings": a save expires
// every page that shows one) and for the admin form.
import "server-only";
import { db } from "../db";
import { tags } from "../cache-tags";
import { can, type Actor } from "../auth/roles";
import { forbidden } from "@/app/_lib/errors";
import { settingsFromRows, type SiteSettings } from "../site-settings";
import { cachedRead } from "./cached";

const readRows = () => db.siteSetting.findMany({ select: { key: true, value: true } });

export async function getSiteSettings(): Promise<SiteSettings> {
  return cachedRead(["site-settings"], [tags.settings], async () => settingsFromRows(await readRows()));
}

/** Uncached, for the settings form (admins only). */
export async function getSiteSettingsForAdmin(actor: Actor): Promise<SiteSettings> {
  if (!can(actor, "settings.manage")) throw forbidden("Only admins manage site settings.");
  return settingsFromRows(await readRows());
}
