// Site settings (admins only): validate -> authorize -> write (one
// transaction) -> revalidate the "settings" tag -> audit what changed.
// Used by the /admin/settings server action and PATCH /api/admin/settings.
import { can } from "../auth/roles";
import { tags } from "../cache-tags";
import { db } from "../db";
import { settingsFromRows, settingsSchema, type SettingKey, type SiteSettings } from "../site-settings";
import { auditWho, writeAudit } from "./audit";
import type { MutationContext } from "./context";
import { forbidden, parseInput } from "@/app/_lib/errors";
import { revalidateTags } from "./revalidate";

// Any subset of the settings; unknown keys are refused.
const updateSettingsInput = settingsSchema.partial().strict();

export async function updateSiteSettings(ctx: MutationContext, input: unknown): Promise<SiteSettings> {
  const data = parseInput(updateSettingsInput, input);
  if (!can(ctx.actor, "settings.manage")) throw forbidden("Only admins manage site settings.");
  const { before, after } = await db.$transaction(async (tx) => {
    const before = settingsFromRows(await tx.siteSetting.findMany({ select: { key: true, value: true } }));
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined) continue;
      const stored = JSON.stringify(value);
      await tx.siteSetting.upsert({ where: { key }, update: { value: stored }, create: { key, value: stored } });
    }
    return { before, after: settingsFromRows(await tx.siteSetting.findMany({ select: { key: true, value: true } })) };
  });
  const changed = (Object.keys(after) as SettingKey[]).filter((k) => before[k] !== after[k]);
  if (changed.length) {
    revalidateTags([tags.settings]);
    await writeAudit(auditWho(ctx.actor, ctx.ip), "settings.updated", "settings", "site", Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])));
  }
  return after;
}
