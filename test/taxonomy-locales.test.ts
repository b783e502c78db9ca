// A section's and a topic's name in the Urdu edition through the admin API
// (real route handlers, real database): editors set, change and remove it;
// bad input and taken slugs are 4xx naming the field; contributors are refused.
import "./helpers/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/app/_lib/db";
import * as categoryLocale from "@/app/api/admin/categories/[id]/locale/route";
import * as topicLocale from "@/app/api/admin/topics/[id]/locale/route";
import { params, req, seedFixture, sessionCookie, type Fixture } from "./helpers/fixtures";

let fx: Fixture;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  fx = await seedFixture();
  for (const role of ["editor", "contributor"] as const) cookies[role] = await sessionCookie(fx.users[role].id);
});

const putCategory = (id: number, body: unknown, cookie = cookies.editor) =>
  categoryLocale.PUT(req("PUT", `/api/admin/categories/${id}/locale`, { cookie, body }), params({ id: String(id) }));

describe("edition names of sections and topics", () => {
  it("sets the Urdu name with the English slug by default, changes it, and removes it with an empty name", async () => {
    const world = fx.categories.world;
    const set = await putCategory(world.id, { language: "ur", name: "دنیا" });
    expect(set.status).toBe(200);
    expect((await set.json()).locale).toEqual({ language: "ur", name: "دنیا", slug: world.slug, description: "" });
    const changed = await (await putCategory(world.id, { language: "ur", name: "عالمی خبریں", slug: "aalmi" })).json();
    expect(changed.locale).toMatchObject({ name: "عالمی خبریں", slug: "aalmi" });
    expect(await db.categoryLocale.count({ where: { categoryId: world.id } })).toBe(1);
    expect((await (await putCategory(world.id, { language: "ur", name: "" })).json()).locale).toEqual({ removed: true, language: "ur" });
    expect(await db.categoryLocale.count({ where: { categoryId: world.id } })).toBe(0);
  });

  it("answers bad input with a 4xx naming the field, a taken slug with 422, a contributor with 403, an unknown id with 404", async () => {
    const { world, business } = fx.categories;
    const bad = await putCategory(world.id, { language: "fr", name: 5, colour: "red" });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields).toMatchObject({ language: 'Expected "ur"', name: "Expected text", colour: "Unknown field" });
    await putCategory(business.id, { language: "ur", name: "کاروبار", slug: "karobar" });
    const taken = await putCategory(world.id, { language: "ur", name: "دنیا", slug: "karobar" });
    expect(taken.status).toBe(422);
    expect((await taken.json()).error.fields).toEqual({ slug: "Already used" });
    expect((await putCategory(world.id, { language: "ur", name: "دنیا" }, cookies.contributor)).status).toBe(403);
    expect((await putCategory(999_999, { language: "ur", name: "دنیا" })).status).toBe(404);
  });

  it("works the same for topics", async () => {
    const climate = fx.topics.climate;
    const res = await topicLocale.PUT(req("PUT", `/api/admin/topics/${climate.id}/locale`, { cookie: cookies.editor, body: { language: "ur", name: "موسمیاتی تبدیلی" } }), params({ id: String(climate.id) }));
    expect(res.status).toBe(200);
    expect((await res.json()).locale).toMatchObject({ name: "موسمیاتی تبدیلی", slug: climate.slug });
  });
});
