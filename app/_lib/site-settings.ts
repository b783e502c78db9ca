// Settings a wire-news desk changes without a redeploy, stored in SiteSetting
// (one row per key, JSON value). Each has a zod schema and a default; the
// defaults come from the environment or the code, so an empty table behaves
// exactly like before. Read through queries/settings.ts (cached, tag
// "settings"), written through mutations/settings.ts (admins only, audited).
import { z } from "zod";
import { env } from "./env";
import { site } from "./site";

export const settingsSchema = z.object({
  /** The tagline: page footer and front-page description (search results, social cards). */
  siteDescription: z.string().trim().min(10, "At least 10 characters").max(200, "At most 200 characters"),
  /** Agency code in datelines of stories that name none, e.g. "MNA": "Lahore, (MNA - Meridian News - 1st Jan, 2026)". */
  defaultAgency: z
    .string()
    .trim()
    .max(12, "At most 12 characters")
    .regex(/^[A-Za-z0-9 .&-]*$/, "Letters, digits, spaces and . & - only"),
  /** How long a story flagged breaking stays in the header ticker. */
  // A number, not "6" or [6]: the JSON API refuses wrong types; the form's text is converted by its action.
  breakingWindowHours: z.number({ error: "A whole number of hours" }).int("Whole hours").min(1, "At least 1 hour").max(48, "At most 48 hours"),
  /** Whether feed items carry the full sanitized story or only its summary. */
  feedContent: z.enum(["full", "summary"], { error: "Either full or summary" }),
  /** The Urdu edition's one digit system for dates, times and relative times: 13 or ۱۳. */
  urduDigits: z.enum(["latin", "arabic-indic"], { error: "Either latin or arabic-indic" }),
  /** The site's name in Urdu datelines and the Urdu masthead: "اسلام آباد (اے پی پی - میریڈین نیوز - 13 جنوری 2025)". */
  urduSiteName: z.string().trim().min(1, "Required").max(60, "At most 60 characters"),
  /** Agency in Urdu datelines of Urdu stories that name none (empty: none). */
  urduDefaultAgency: z.string().trim().max(30, "At most 30 characters"),
});

export type SiteSettings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof SiteSettings;
export const SETTING_KEYS = Object.keys(settingsSchema.shape) as SettingKey[];

export const SETTING_DEFAULTS: SiteSettings = {
  siteDescription: site.description,
  defaultAgency: "",
  breakingWindowHours: 6,
  feedContent: env.FEED_CONTENT,
  urduDigits: "latin",
  urduSiteName: "میریڈین نیوز",
  urduDefaultAgency: "",
};

/** The settings from stored rows: a missing or no longer valid value falls back to its default. */
export function settingsFromRows(rows: { key: string; value: string }[]): SiteSettings {
  const out: SiteSettings = { ...SETTING_DEFAULTS };
  for (const row of rows) {
    if (!(SETTING_KEYS as string[]).includes(row.key)) continue;
    const key = row.key as SettingKey;
    try {
      const parsed = settingsSchema.shape[key].safeParse(JSON.parse(row.value));
      if (parsed.success) (out as Record<SettingKey, unknown>)[key] = parsed.data;
    } catch {
      /* unreadable row: keep the default */
    }
  }
  return out;
}
