import "./helpers/test-db";
import { existsSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/app/_lib/db";
import { env } from "@/app/_lib/env";
import { api } from "./helpers/api";
import { activeContent } from "./helpers/xss";
import { pngBlob, res } from "./helpers/resources";
import { seedFixture, sessionCookie, type Fixture } from "./helpers/fixtures";

let fx: Fixture;
let admin: { cookie: string };
let editor: { cookie: string };

beforeAll(async () => {
  fx = await seedFixture();
  admin = { cookie: await sessionCookie(fx.users.admin.id) };
  editor = { cookie: await sessionCookie(fx.users.editor.id) };
});

describe("categories, topics, authors", () => {
  it("create, read, update and delete a category; refuse bad fields by name", async () => {
    const created = await res.createCategory(editor, { name: "Climate Desk", menuOrder: 5 });
    expect(created.status).toBe(201);
    const { category } = await created.json();
    expect(category.slug).toBe("climate-desk");
    expect((await (await res.getCategory(editor, category.id)).json()).category.name).toBe("Climate Desk");
    const bad = await res.updateCategory(editor, category.id, { menuOrder: "first", colour: "red", slug: "Not A Slug" });
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["colour", "menuOrder", "slug"]);
    expect((await res.updateCategory(editor, category.id, { inMenu: false })).status).toBe(200);
    expect((await res.deleteCategory(editor, category.id)).status).toBe(200);
    expect((await res.getCategory(editor, category.id)).status).toBe(404);
  });

  it("refuses to delete a section that still has articles", async () => {
    await api.create(editor, { title: "Keeps the section", categoryId: fx.categories.business.id });
    const del = await res.deleteCategory(editor, fx.categories.business.id);
    expect(del.status).toBe(422);
    expect((await del.json()).error.code).toBe("in_use");
  });

  it("renames and merges topics, moving their articles", async () => {
    const a = await (await api.create(editor, { title: "Topic mover", categoryId: fx.categories.world.id, topicIds: [fx.topics.trade.id] })).json();
    const dup = await (await res.createTopic(editor, { name: "Trade deals" })).json();
    await api.update(editor, a.article.id, { version: 1, topicIds: [dup.topic.id] });
    expect((await res.updateTopic(editor, dup.topic.id, { name: "Trade Deals" })).status).toBe(200);
    const merged = await res.mergeTopic(editor, dup.topic.id, { intoTopicId: fx.topics.trade.id });
    expect(merged.status).toBe(200);
    expect((await merged.json()).moved).toBe(1);
    expect((await res.getTopic(editor, dup.topic.id)).status).toBe(404);
    const links = await db.articleTopic.findMany({ where: { articleId: a.article.id } });
    expect(links.map((l) => l.topicId)).toEqual([fx.topics.trade.id]);
    expect((await res.mergeTopic(editor, fx.topics.trade.id, { intoTopicId: fx.topics.trade.id })).status).toBe(422);
    expect((await res.mergeTopic(editor, fx.topics.trade.id, {})).status).toBe(422);
  });

  it("keeps author bios and handles; rejects bad URLs", async () => {
    const ok = await res.createAuthor(editor, { name: "Mahnoor Ali", bio: "Covers water.", xHandle: "@mahnoor", websiteUrl: "https://mahnoor.example" });
    expect(ok.status).toBe(201);
    const { author } = await ok.json();
    expect(author.xHandle).toBe("mahnoor");
    const bad = await res.updateAuthor(editor, author.id, { websiteUrl: "javascript:alert(1)", xHandle: "has spaces" });
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["websiteUrl", "xHandle"]);
    expect((await res.deleteAuthor(editor, author.id)).status).toBe(200);
  });
});

describe("media library", () => {
  it("uploads an image: checked by content, metadata stripped, resized variants", async () => {
    const up = await res.upload(editor, await pngBlob(800), { alt: "A blue square", credit: "Test" });
    expect(up.status).toBe(201);
    const { media } = await up.json();
    expect(media.mimeType).toBe("image/webp");
    expect(media.variants.map((v: { width: number }) => v.width)).toEqual([320, 640, 800]);
    const file = path.join(env.MEDIA_DIR, media.src.replace("/media/", ""));
    expect(existsSync(file)).toBe(true);
    const meta = await sharp(file).metadata();
    expect(meta.exif).toBeUndefined();
  });

  it("refuses a file that only claims to be an image, and a missing file", async () => {
    const fake = new Blob([new TextEncoder().encode("<script>alert(1)</script>")], { type: "image/png" });
    const bad = await res.upload(editor, fake);
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields).toHaveProperty("file");
    expect((await res.upload(editor, null)).status).toBe(422);
    const unknown = await res.upload(editor, await pngBlob(), { owner: "me" });
    expect(unknown.status).toBe(422);
  });
});

describe("users and API tokens", () => {
  it("an admin creates a token that is shown once, stored hashed, acts with its role, and stops at revocation", async () => {
    const created = await res.createToken(admin, { name: "Wire importer", role: "editor" });
    expect(created.status).toBe(201);
    const { token } = await created.json();
    expect(token.token).toMatch(/^mnt_/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).not.toContain(token.token);
    const listed = await (await res.tokens(admin)).json();
    expect(JSON.stringify(listed)).not.toContain(token.token);

    const bearer = { bearer: token.token };
    const a = await api.create(bearer, { title: "From the wire", categoryId: fx.categories.world.id });
    expect(a.status).toBe(201);
    const { article } = await a.json();
    expect((await api.publish(bearer, article.id)).status).toBe(200);
    // Editors' tokens are not admins.
    expect((await res.users(bearer)).status).toBe(403);

    expect((await res.revokeToken(admin, token.id)).status).toBe(200);
    expect((await api.get(bearer, article.id)).status).toBe(401);
  });

  it("creates users, changes roles, and logs a demoted user out", async () => {
    const created = await res.createUser(admin, { email: "New.Reporter@test.local", name: "New Reporter", role: "contributor", password: "long-enough-password" });
    expect(created.status).toBe(201);
    const { user } = await created.json();
    expect(user.email).toBe("new.reporter@test.local");
    const session = { cookie: await sessionCookie(user.id) };
    expect((await api.list(session)).status).toBe(200);
    expect((await res.updateUser(admin, user.id, { role: "author" })).status).toBe(200);
    expect((await api.list(session)).status).toBe(401);
    const bad = await res.createUser(admin, { email: "nope", name: "", role: "chief", password: "short" });
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["email", "name", "password", "role"]);
    expect((await res.updateUser(admin, fx.users.admin.id, { role: "editor" })).status).toBe(422);
  });
});

describe("XSS through the API", () => {
  it("the checker itself spots active content", () => {
    expect(activeContent('<p onclick="x">a</p><a href=" javascript:alert(1)">b</a><script>1</script>')).toHaveLength(3);
  });

  const payloads = [
    { type: "text", text: "<script>alert(1)</script>", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
    { type: "text", text: "x", marks: [{ type: "link", attrs: { href: "JaVaScRiPt:alert(1)" } }] },
    { type: "text", text: "y", marks: [{ type: "link", attrs: { href: "data:text/html,<script>alert(1)</script>" } }] },
    { type: "text", text: '"><img src=x onerror=alert(1)>' },
  ];

  it("stores nothing that could run", async () => {
    const body = {
      type: "doc",
      content: [
        { type: "paragraph", content: payloads },
        { type: "image", attrs: { src: "javascript:alert(1)", alt: '" onerror="alert(1)' } },
        { type: "image", attrs: { src: "https://example.com/a.png", alt: "ok", title: "<svg onload=alert(1)>" } },
      ],
    };
    const created = await api.create(editor, { title: "<img src=x onerror=alert(1)>", categoryId: fx.categories.world.id, bodyJson: body });
    expect(created.status).toBe(201);
    const { article } = await created.json();
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(activeContent(row.bodyHtml)).toEqual([]);
    // The words are kept, as text.
    expect(row.bodyHtml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(row.title).toBe("<img src=x onerror=alert(1)>");
  });
});
