// Site settings: admins change them through the API, bad values are named per
// field, every change is audited, and what readers get follows.
import "./helpers/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/app/_lib/db";
import { SETTING_DEFAULTS, settingsFromRows } from "@/app/_lib/site-settings";
import { res } from "./helpers/resources";
import { seedFixture, sessionCookie, type Fixture } from "./helpers/fixtures";

let fx: Fixture;
let admin: { cookie: string };

beforeAll(async () => {
  fx = await seedFixture();
  admin = { cookie: await sessionCookie(fx.users.admin.id) };
});

describe("site settings", () => {
  it("start from the defaults", async () => {
    const body = (await (await res.settings(admin)).json()) as { settings: unknown };
    expect(body.settings).toEqual(SETTING_DEFAULTS);
  });

  it("refuse bad values field by field and unknown keys, saving nothing", async () => {
    const bad = await res.updateSettings(admin, { siteDescription: "short", defaultAgency: "<script>", breakingWindowHours: 0, feedContent: "everything" });
    expect(bad.status).toBe(422);
    const { error } = (await bad.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(error.fields).sort()).toEqual(["breakingWindowHours", "defaultAgency", "feedContent", "siteDescription"]);
    expect((await res.updateSettings(admin, { siteName: "Other" })).status).toBe(422);
    expect(await db.siteSetting.count()).toBe(0);
  });

  it("refuse a number sent as text or in a list, like every other endpoint", async () => {
    for (const breakingWindowHours of ["6", [6], true]) {
      const bad = await res.updateSettings(admin, { breakingWindowHours });
      expect(bad.status).toBe(422);
      expect(((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty("breakingWindowHours");
    }
    expect(await db.siteSetting.count()).toBe(0);
  });

  it("save and audit the change", async () => {
    const saved = await res.updateSettings(admin, { feedContent: "summary", defaultAgency: "MNA", siteDescription: "Wire news from Karachi, Lahore and the world." });
    expect(saved.status).toBe(200);
    // What readers' cached read (getSiteSettings, tag "settings") builds from the stored rows.
    const settings = settingsFromRows(await db.siteSetting.findMany());
    expect(((await (await res.settings(admin)).json()) as { settings: unknown }).settings).toEqual(settings);
    expect(settings).toMatchObject({ feedContent: "summary", defaultAgency: "MNA", breakingWindowHours: SETTING_DEFAULTS.breakingWindowHours });

    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "settings.updated" }, orderBy: { id: "desc" } });
    expect(entry.userId).toBe(fx.users.admin.id);
    expect(JSON.parse(entry.details)).toMatchObject({ feedContent: { from: SETTING_DEFAULTS.feedContent, to: "summary" }, defaultAgency: { from: "", to: "MNA" } });

  });
});
