// Newsroom text filters ignore case on SQLite and on Postgres alike (Postgres's
// LIKE is case-sensitive; see app/_lib/queries/text-filter.ts). Runs on both
// under `npm run test:unit` and `npm run test:pg`.
import "./helpers/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/app/_lib/db";
import type { Actor } from "@/app/_lib/auth/roles";
import { listAdminArticles } from "@/app/_lib/queries/admin/articles";
import { listAdminMedia } from "@/app/_lib/queries/admin/media";
import { listAdminTopics } from "@/app/_lib/queries/admin/taxonomy";
import { seedFixture, type Fixture } from "./helpers/fixtures";

let fx: Fixture;
let admin: Actor;

beforeAll(async () => {
  fx = await seedFixture();
  const u = fx.users.admin;
  admin = { kind: "session", userId: u.id, name: "Test admin", email: u.email, role: "admin", authorId: u.authorId, credentialId: "test" };
  await db.article.create({
    data: { slug: "karachi-port", title: "Karachi Port Reopens", searchText: "Karachi Port Reopens\nShips Return", categoryId: fx.categories.world.id },
  });
  await db.media.create({ data: { file: "2025/01/harbour.webp", mimeType: "image/webp", width: 10, height: 10, sizeBytes: 1, caption: "Harbour At Dawn" } });
});

describe("newsroom text filters", () => {
  it("find articles whatever the case typed", async () => {
    for (const q of ["karachi port", "KARACHI", "ships return", "Karachi-Port"]) {
      const { articles } = await listAdminArticles(admin, { q });
      expect(articles.map((a) => a.title), q).toEqual(["Karachi Port Reopens"]);
    }
  });

  it("find topics and media whatever the case typed", async () => {
    expect((await listAdminTopics(admin, "CLIMATE")).map((t) => t.name)).toEqual(["Climate"]);
    expect((await listAdminMedia(admin, { q: "harbour at DAWN" })).media.map((m) => m.caption)).toEqual(["Harbour At Dawn"]);
  });
});
