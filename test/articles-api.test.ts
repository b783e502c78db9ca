import "./helpers/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/app/_lib/db";
import { api, doc } from "./helpers/api";
import { seedFixture, sessionCookie, type Fixture } from "./helpers/fixtures";

let fx: Fixture;
let editor: { cookie: string };
let contributor: { cookie: string };

beforeAll(async () => {
  fx = await seedFixture();
  editor = { cookie: await sessionCookie(fx.users.editor.id) };
  contributor = { cookie: await sessionCookie(fx.users.contributor.id) };
});

const base = () => ({ title: "Rains lash the coast", categoryId: fx.categories.world.id, bodyJson: doc("First paragraph.", "Second paragraph.") });

async function created(auth = editor, extra: Record<string, unknown> = {}) {
  const res = await api.create(auth, { ...base(), ...extra });
  expect(res.status).toBe(201);
  return (await res.json()).article as { id: number; version: number; slug: string; status: string };
}

describe("creating articles", () => {
  it("stores a draft with rendered HTML, search text, a revision and the writer's byline", async () => {
    const a = await created(contributor, { standfirst: "Floods expected.", topicIds: [fx.topics.climate.id] });
    expect(a.status).toBe("draft");
    expect(a.slug).toBe("rains-lash-the-coast");
    const row = await db.article.findUniqueOrThrow({ where: { id: a.id }, include: { authors: true, topics: true, revisions: true } });
    expect(row.bodyHtml).toBe("<p>First paragraph.</p><p>Second paragraph.</p>");
    expect(row.searchText).toContain("Floods expected.");
    expect(row.searchText).toContain("Second paragraph.");
    expect(row.authors.map((x) => x.authorId)).toEqual([fx.users.contributor.authorId]);
    expect(row.topics[0]).toMatchObject({ topicId: fx.topics.climate.id, status: "draft" });
    expect(row.revisions).toHaveLength(1);
    expect(row.createdById).toBe(fx.users.contributor.id);
    // A second story with the same title gets its own slug.
    expect((await created()).slug).toBe("rains-lash-the-coast-2");
  });

  it("answers 400 for malformed JSON", async () => {
    const res = await api.createRaw(editor, '{"title": ');
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("malformed_json");
  });

  it("answers 422 naming every bad and unknown field", async () => {
    const res = await api.create(editor, { title: "", categoryId: "world", topicIds: [1, 1], isBreaking: "yes", status: "published", bodyJson: { type: "page" } });
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe("invalid_fields");
    expect(Object.keys(error.fields).sort()).toEqual(["bodyJson.type", "categoryId", "isBreaking", "status", "title", "topicIds"].sort());
    expect(error.fields.status).toBe("Unknown field");
  });

  it("answers 422 for ids that do not exist and for unknown body nodes", async () => {
    const res = await api.create(editor, { ...base(), categoryId: 9999, topicIds: [fx.topics.trade.id, 8888] });
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields).toEqual({ categoryId: "No such category", "topicIds.1": "No such topic" });
    const bad = await api.create(editor, { ...base(), bodyJson: { type: "doc", content: [{ type: "marquee" }] } });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields).toHaveProperty("bodyJson");
  });

  it("never answers 500 to junk", async () => {
    for (const body of [null, [], "text", 42, { title: { nested: true } }, { ...base(), bodyJson: "<p>x</p>" }]) {
      const res = await api.create(editor, body);
      expect([400, 422]).toContain(res.status);
    }
  });

  it("needs a login, and refuses cross-site posts with a session cookie", async () => {
    expect((await api.create({}, base())).status).toBe(401);
    expect((await api.create({ ...editor, origin: "https://evil.example" }, base())).status).toBe(403);
    expect((await api.create({ ...editor, origin: null }, base())).status).toBe(403);
  });
});

describe("editing with optimistic concurrency", () => {
  it("a stale save gets 409 with the current version and its own text, and overwrites nothing", async () => {
    const a = await created();
    const first = await api.update(editor, a.id, { version: a.version, bodyJson: doc("Editor one's words.") });
    expect(first.status).toBe(200);
    const stale = await api.update(editor, a.id, { version: a.version, bodyJson: doc("Editor two's words.") });
    expect(stale.status).toBe(409);
    const { error } = await stale.json();
    expect(error.code).toBe("stale_version");
    expect(error.currentVersion).toBe(a.version + 1);
    expect(JSON.stringify(error.yourChanges)).toContain("Editor two's words.");
    const row = await db.article.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.bodyHtml).toContain("Editor one's words.");
    expect(row.version).toBe(a.version + 1);
  });

  it("keeps a revision per save, lists who made it and restores an old one", async () => {
    const a = await created();
    await api.update(editor, a.id, { version: 1, title: "Second title" });
    await api.update(editor, a.id, { version: 2, title: "Third title" });
    const res = await api.revisions(editor, a.id);
    const { revisions } = await res.json();
    expect(revisions.map((r: { version: number }) => r.version)).toEqual([3, 2, 1]);
    expect(revisions[0].user).toBe("Test editor");
    const first = revisions.find((r: { version: number }) => r.version === 1);
    const restored = await api.restore(editor, a.id, first.id, { version: 3 });
    expect(restored.status).toBe(200);
    const body = await restored.json();
    expect(body.article.title).toBe("Rains lash the coast");
    expect(body.article.version).toBe(4);
  });
});

describe("publishing", () => {
  it("publish, edit, rename and unpublish keep every copy in step", async () => {
    const a = await created(editor, { topicIds: [fx.topics.climate.id], authorIds: [fx.users.author.authorId, fx.users.editor.authorId] });
    const pub = await api.publish(editor, a.id, { version: 1 });
    expect(pub.status).toBe(200);
    let row = await db.article.findUniqueOrThrow({ where: { id: a.id }, include: { topics: true, authors: true } });
    expect(row.status).toBe("published");
    expect(row.firstPublishedAt).not.toBeNull();
    expect(row.publishedAt).toEqual(row.firstPublishedAt);
    expect(row.contentUpdatedAt).toBeNull();
    expect(row.topics.every((t) => t.status === "published" && t.publishedAt?.getTime() === row.publishedAt?.getTime())).toBe(true);
    expect(row.authors.map((x) => [x.authorId, x.position, x.status])).toEqual([
      [fx.users.author.authorId, 0, "published"],
      [fx.users.editor.authorId, 1, "published"],
    ]);

    const edit = await api.update(editor, a.id, { version: 2, slug: "rains-lash-the-coast-updated", standfirst: "Now with more." });
    expect(edit.status).toBe(200);
    row = await db.article.findUniqueOrThrow({ where: { id: a.id }, include: { topics: true, authors: true } });
    expect(row.contentUpdatedAt).not.toBeNull();
    expect(await db.redirect.findUnique({ where: { fromPath: `/news/${a.slug}` } })).toMatchObject({
      toPath: "/news/rains-lash-the-coast-updated",
      statusCode: 301,
    });

    const un = await api.unpublish(editor, a.id, { version: 3 });
    expect(un.status).toBe(200);
    row = await db.article.findUniqueOrThrow({ where: { id: a.id }, include: { topics: true, authors: true } });
    expect(row.status).toBe("draft");
    expect(row.topics.every((t) => t.status === "draft")).toBe(true);
    expect(row.authors.every((t) => t.status === "draft")).toBe(true);
    const audit = await db.auditLog.findMany({ where: { entityType: "article", entityId: String(a.id) }, orderBy: { id: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["article.created", "article.published", "article.updated", "article.unpublished"]);
  });

  it("schedules only in the future", async () => {
    const a = await created();
    const past = await api.schedule(editor, a.id, { publishAt: new Date(Date.now() - 60_000).toISOString() });
    expect(past.status).toBe(422);
    expect((await past.json()).error.fields).toHaveProperty("publishAt");
    expect((await api.schedule(editor, a.id, { publishAt: "tomorrow" })).status).toBe(422);
    const at = new Date(Date.now() + 3_600_000);
    const ok = await api.schedule(editor, a.id, { publishAt: at.toISOString() });
    expect(ok.status).toBe(200);
    const { article } = await ok.json();
    expect(article.status).toBe("scheduled");
    expect(article.publishedAt).toBe(at.toISOString());
  });

  it("refuses impossible transitions with 422", async () => {
    const a = await created();
    expect((await api.unpublish(editor, a.id)).status).toBe(422);
    await api.submit(editor, a.id);
    expect((await api.submit(editor, a.id)).status).toBe(422);
  });

  it("lists with filters and search, scoped to what the caller may see", async () => {
    const mine = await created(contributor, { title: "Contributor scoop about kites" });
    const res = await api.list(contributor, "?q=kites");
    const body = await res.json();
    expect(body.articles.map((x: { id: number }) => x.id)).toEqual([mine.id]);
    const all = await (await api.list(contributor)).json();
    expect(all.articles.every((x: { authors: string[] }) => x.authors.includes("Contributor Byline"))).toBe(true);
    const editorView = await (await api.list(editor, "?status=draft")).json();
    expect(editorView.total).toBeGreaterThan(all.total - 1);
    expect(editorView.articles.every((x: { status: string }) => x.status === "draft")).toBe(true);
  });

  it("answers 404 for ids that are not numbers or do not exist", async () => {
    expect((await api.get(editor, "abc")).status).toBe(404);
    expect((await api.get(editor, 99999)).status).toBe(404);
  });
});
