import "./helpers/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/app/_lib/db";
import type { Actor } from "@/app/_lib/auth/roles";
import { createArticle } from "@/app/_lib/mutations/articles";
import { publishArticle } from "@/app/_lib/mutations/article-workflow";
import { POST as viewBeacon } from "@/app/api/views/route";
import { fromClient, seedFixture, type Fixture } from "./helpers/fixtures";

// The view beacon feeds "Most Read": it counts readers, not requests.
let fx: Fixture;
let published: { id: number };
let draft: { id: number };

const editor = (): Actor => ({
  kind: "session",
  userId: fx.users.editor.id,
  name: "editor",
  email: fx.users.editor.email,
  role: "editor",
  authorId: fx.users.editor.authorId,
  credentialId: "test",
});

async function newArticle(title: string) {
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Body." }] }] };
  return (await createArticle(
    { actor: editor() },
    { title, standfirst: "Standfirst.", categoryId: fx.categories.world.id, bodyJson: body },
  )) as unknown as { id: number };
}

const beacon = (body: string, ip: string, userAgent = "Mozilla/5.0 test") =>
  viewBeacon(
    new Request("http://localhost/api/views", {
      method: "POST",
      body,
      headers: { ...fromClient(ip), "user-agent": userAgent },
    }),
  );

const todaysCount = async (articleId: number) =>
  (await db.articleViewDaily.findFirst({ where: { articleId, day: new Date().toISOString().slice(0, 10) } }))?.count ??
  0;

beforeAll(async () => {
  fx = await seedFixture();
  published = await newArticle("Harbour reopens after storm");
  await publishArticle({ actor: editor() }, published.id);
  draft = await newArticle("Draft nobody may count");
});

describe("view beacon", () => {
  it("counts a reader once a day however often the beacon is replayed, and each other reader once", async () => {
    const body = JSON.stringify({ articleId: published.id });
    for (let i = 0; i < 5; i++) expect((await beacon(body, "203.0.113.7")).status).toBe(204);
    expect(await todaysCount(published.id)).toBe(1);
    expect((await beacon(body, "203.0.113.8")).status).toBe(204);
    expect((await beacon(body, "203.0.113.7", "Another browser")).status).toBe(204);
    expect(await todaysCount(published.id)).toBe(3);
    // The address is never stored, only a hash.
    const viewers = await db.articleViewer.findMany({ where: { articleId: published.id } });
    expect(viewers).toHaveLength(3);
    expect(JSON.stringify(viewers)).not.toContain("203.0.113");
  });

  it("refuses drafts (404) and malformed bodies (400) with a message, and counts nothing", async () => {
    const notPublic = await beacon(JSON.stringify({ articleId: draft.id }), "203.0.113.9");
    expect(notPublic.status).toBe(404);
    expect((await notPublic.json()).error.code).toBe("not_found");
    for (const bad of ["not json", JSON.stringify({ articleId: "12" }), JSON.stringify({ articleId: -1 })]) {
      const res = await beacon(bad, "203.0.113.9");
      expect(res.status, bad).toBe(400);
      expect((await res.json()).error.message, bad).toMatch(/articleId/);
    }
    expect(await todaysCount(draft.id)).toBe(0);
  });
});
