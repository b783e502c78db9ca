// GET: the site settings; PATCH { siteDescription?, defaultAgency?, breakingWindowHours?, feedContent? } (admins).
import { adminRoute, readJson } from "../_lib/handler";
import { updateSiteSettings } from "@/app/_lib/mutations/settings";
import { getSiteSettingsForAdmin } from "@/app/_lib/queries/settings";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";

export const GET = adminRoute(async ({ actor }) => ({ settings: await getSiteSettingsForAdmin(actor) }));

export const PATCH = adminRoute(async ({ req, actor, ip }) => ({ settings: await updateSiteSettings({ actor, ip }, await readJson(req)) }));

export const { POST, PUT, DELETE, OPTIONS } = otherMethods("GET", "PATCH");
