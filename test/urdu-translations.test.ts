// Translation groups through the admin API (real route handlers, real
// database): an editor links an Urdu story to its English original, the group
// holds one article per language, mistakes are clear 4xx answers, and a change
// of language keeps the group's record in step.
import "./helpers/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/app/_lib/db";
import * as translation from "@/app/api/admin/articles/[id]/translation/route";
import { api, doc } from "./helpers/api";
import { params, req, seedFixture, sessionCookie, type Fixture } from "./helpers/fixtures";

let fx: Fixture;
let editor: { cookie: string };
let contributor: { cookie: string };

type Auth = { cookie: string };
const path = (id: number) => `/api/admin/articles/${id}/translation`;
const link = (auth: Auth, id: number, body: unknown) =>
  translation.PUT(req("PUT", path(id), { ...auth, body }), params({ id: String(id) }));
const unlink = (auth: Auth, id: number) =>
  translation.DELETE(req("DELETE", path(id), auth), params({ id: String(id) }));
const group = (auth: Auth, id: number) => translation.GET(req("GET", path(id), auth), params({ id: String(id) }));

async function story(language: "en" | "ur", title: string, auth: Auth = editor) {
  const res = await api.create(auth, { title, language, categoryId: fx.categories.world.id, bodyJson: doc("Text.") });
  expect(res.status).toBe(201);
  return (await res.json()).article as { id: number; version: number };
}

beforeAll(async () => {
  fx = await seedFixture();
  editor = { cookie: await sessionCookie(fx.users.editor.id) };
  contributor = { cookie: await sessionCookie(fx.users.contributor.id) };
});

describe("translation groups", () => {
  it("links an Urdu story to its English original, one group named by the first article", async () => {
    const en = await story("en", "Rains lash the coast");
    const ur = await story("ur", "ساحل پر شدید بارش");
    const res = await link(editor, ur.id, { of: en.id });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.translation.groupId).toBe(en.id);
    expect(body.translation.articles).toEqual([
      { id: en.id, language: "en" },
      { id: ur.id, language: "ur" },
    ]);
    // Seen from either side, the same group; linking again changes nothing.
    expect((await (await group(editor, en.id)).json()).translation).toEqual(body.translation);
    expect((await (await link(editor, ur.id, { of: en.id })).json()).translation).toEqual(body.translation);
    expect(await db.auditLog.count({ where: { action: "article.translation_linked", entityId: String(ur.id) } })).toBe(
      2,
    );
  });

  it("answers 422 for the same language, itself, an unknown id and bad input, naming the field", async () => {
    const en = await story("en", "Markets steady");
    const en2 = await story("en", "Markets steady again");
    for (const [body, message] of [
      [{ of: en2.id }, /Both articles are in English/],
      [{ of: en.id }, /itself/],
      [{ of: 99_999 }, /No article with id 99999/],
      [{ of: "12" }, /number/],
    ] as const) {
      const res = await link(editor, en.id, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      const { error } = await res.json();
      expect(error.fields.of).toMatch(message);
    }
    const extra = await link(editor, en.id, { of: en2.id, force: true });
    expect((await extra.json()).error.fields.force).toBe("Unknown field");
    expect((await link(editor, en.id, [])).status).toBe(422);
  });

  it("answers 409 when the story is in another group or the group already has its language", async () => {
    const en = await story("en", "Talks resume");
    const ur = await story("ur", "مذاکرات دوبارہ شروع");
    const ur2 = await story("ur", "مذاکرات کا نیا دور");
    const other = await story("en", "Other story");
    expect((await link(editor, ur.id, { of: en.id })).status).toBe(200);
    const taken = await link(editor, ur2.id, { of: en.id });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error.code).toBe("language_taken");
    const moved = await link(editor, ur.id, { of: other.id });
    expect(moved.status).toBe(409);
    expect((await moved.json()).error.code).toBe("already_linked");
  });

  it("unlinks: a group left with one story is gone", async () => {
    const en = await story("en", "Heatwave warning");
    const ur = await story("ur", "گرمی کی لہر کا انتباہ");
    await link(editor, ur.id, { of: en.id });
    const res = await unlink(editor, en.id);
    expect(res.status).toBe(200);
    expect((await res.json()).translation).toEqual({ groupId: null, articles: [] });
    expect(await db.translationLink.count({ where: { articleId: { in: [en.id, ur.id] } } })).toBe(0);
    // Now free to join another group.
    const en2 = await story("en", "Heatwave eases");
    expect((await link(editor, ur.id, { of: en2.id })).status).toBe(200);
  });

  it("refuses a change of language that would give a group two stories in one language", async () => {
    const en = await story("en", "Budget debate opens");
    const ur = await story("ur", "بجٹ پر بحث شروع");
    await link(editor, ur.id, { of: en.id });
    const clash = await api.update(editor, ur.id, { version: ur.version, language: "en" });
    expect(clash.status).toBe(409);
    expect((await clash.json()).error.fields.language).toMatch(/already has a English article|English article/);
    expect((await db.article.findUniqueOrThrow({ where: { id: ur.id } })).language).toBe("ur");
    expect((await db.translationLink.findUniqueOrThrow({ where: { articleId: ur.id } })).language).toBe("ur");
    // Out of its group, the story may change language freely.
    await unlink(editor, ur.id);
    expect((await api.update(editor, ur.id, { version: ur.version, language: "en" })).status).toBe(200);
  });

  it("lets only those who may edit the story link it (404 before 403)", async () => {
    const en = await story("en", "Editor's story");
    const ur = await story("ur", "ایڈیٹر کی خبر");
    expect((await link(contributor, ur.id, { of: en.id })).status).toBe(404);
    const own = await story("ur", "میری خبر", contributor);
    // The contributor may edit their own draft, but cannot see the editor's draft to link to it.
    expect((await link(contributor, own.id, { of: en.id })).status).toBe(422);
    expect((await group(contributor, ur.id)).status).toBe(404);
    const noOrigin = await translation.PUT(
      req("PUT", path(ur.id), { ...editor, body: { of: en.id }, origin: "https://evil.example" }),
      params({ id: String(ur.id) }),
    );
    expect(noOrigin.status).toBe(403);
  });
});
