// Every role x every action, expecting exactly the allowed set. "own" means the
// acting user wrote the article; "other" means someone else did.
import "./helpers/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/app/_lib/db";
import type { Role } from "@/app/_lib/domain";
import { api, doc } from "./helpers/api";
import { pngBlob, res } from "./helpers/resources";
import { seedFixture, sessionCookie, type Fixture } from "./helpers/fixtures";

const ROLES: Role[] = ["contributor", "author", "editor", "admin"];
let fx: Fixture;
const cookies = {} as Record<Role, { cookie: string }>;

beforeAll(async () => {
  fx = await seedFixture();
  for (const r of ROLES) cookies[r] = { cookie: await sessionCookie(fx.users[r].id) };
});

/** An article written by `owner`, in `status`. */
async function article(owner: Role, status: "draft" | "published" = "draft") {
  const res = await api.create(cookies[owner], { title: `Story by ${owner}`, categoryId: fx.categories.world.id, bodyJson: doc("Text."), authorIds: [fx.users[owner].authorId] });
  const { article } = await res.json();
  if (status === "published") {
    // Set up directly: the setup must not depend on the policy under test.
    await db.article.update({ where: { id: article.id }, data: { status: "published", publishedAt: new Date(), firstPublishedAt: new Date() } });
  }
  return article.id as number;
}

const otherOf = (r: Role): Role => (r === "admin" ? "editor" : "admin");

type Case = { name: string; allowed: Role[]; run: (role: Role) => Promise<Response> };

const future = () => new Date(Date.now() + 86_400_000).toISOString();

const articleCases: Case[] = [
  { name: "view own draft", allowed: ROLES, run: async (r) => api.get(cookies[r], await article(r)) },
  { name: "view another's draft", allowed: ["editor", "admin"], run: async (r) => api.get(cookies[r], await article(otherOf(r))) },
  { name: "edit own draft", allowed: ROLES, run: async (r) => api.update(cookies[r], await article(r), { version: 1, title: "Edited" }) },
  { name: "edit another's draft", allowed: ["editor", "admin"], run: async (r) => api.update(cookies[r], await article(otherOf(r)), { version: 1, title: "Edited" }) },
  { name: "edit own published story", allowed: ["author", "editor", "admin"], run: async (r) => api.update(cookies[r], await article(r, "published"), { version: 1, title: "Edited" }) },
  { name: "submit own draft", allowed: ROLES, run: async (r) => api.submit(cookies[r], await article(r)) },
  { name: "submit another's draft", allowed: ["editor", "admin"], run: async (r) => api.submit(cookies[r], await article(otherOf(r))) },
  { name: "publish own draft", allowed: ["author", "editor", "admin"], run: async (r) => api.publish(cookies[r], await article(r)) },
  { name: "publish another's draft", allowed: ["editor", "admin"], run: async (r) => api.publish(cookies[r], await article(otherOf(r))) },
  { name: "schedule own draft", allowed: ["author", "editor", "admin"], run: async (r) => api.schedule(cookies[r], await article(r), { publishAt: future() }) },
  { name: "schedule another's draft", allowed: ["editor", "admin"], run: async (r) => api.schedule(cookies[r], await article(otherOf(r)), { publishAt: future() }) },
  { name: "unpublish own story", allowed: ["author", "editor", "admin"], run: async (r) => api.unpublish(cookies[r], await article(r, "published")) },
  { name: "unpublish another's story", allowed: ["editor", "admin"], run: async (r) => api.unpublish(cookies[r], await article(otherOf(r), "published")) },
  { name: "archive own draft", allowed: ["author", "editor", "admin"], run: async (r) => api.archive(cookies[r], await article(r)) },
  { name: "archive another's draft", allowed: ["editor", "admin"], run: async (r) => api.archive(cookies[r], await article(otherOf(r))) },
  { name: "delete own unpublished draft", allowed: ROLES, run: async (r) => api.remove(cookies[r], await article(r)) },
  { name: "delete own published story", allowed: ["editor", "admin"], run: async (r) => api.remove(cookies[r], await article(r, "published")) },
  { name: "delete another's draft", allowed: ["editor", "admin"], run: async (r) => api.remove(cookies[r], await article(otherOf(r))) },
  {
    name: "restore a revision of own draft",
    allowed: ROLES,
    run: async (r) => {
      const id = await article(r);
      const rev = await db.revision.findFirstOrThrow({ where: { articleId: id } });
      return api.restore(cookies[r], id, rev.id);
    },
  },
];

let seq = 0;
const resourceCases: Case[] = [
  { name: "list categories", allowed: ROLES, run: (r) => res.categories(cookies[r]) },
  { name: "create a category", allowed: ["editor", "admin"], run: (r) => res.createCategory(cookies[r], { name: `Section ${++seq}` }) },
  { name: "reorder a category", allowed: ["editor", "admin"], run: (r) => res.updateCategory(cookies[r], fx.categories.business.id, { menuOrder: ++seq }) },
  { name: "create a topic", allowed: ["author", "editor", "admin"], run: (r) => res.createTopic(cookies[r], { name: `Topic ${++seq}` }) },
  { name: "rename a topic", allowed: ["editor", "admin"], run: (r) => res.updateTopic(cookies[r], fx.topics.trade.id, { name: `Trade ${++seq}` }) },
  { name: "list authors", allowed: ROLES, run: (r) => res.authors(cookies[r]) },
  { name: "create an author", allowed: ["editor", "admin"], run: (r) => res.createAuthor(cookies[r], { name: `Writer ${++seq}` }) },
  { name: "list media", allowed: ROLES, run: (r) => res.media(cookies[r]) },
  { name: "upload an image", allowed: ROLES, run: async (r) => res.upload(cookies[r], await pngBlob()) },
  {
    name: "edit an image's caption",
    allowed: ["editor", "admin"],
    run: async (r) => {
      const up = await (await res.upload(cookies.admin, await pngBlob())).json();
      return res.updateMedia(cookies[r], up.media.id, { caption: "New caption" });
    },
  },
  { name: "read the audit log", allowed: ["editor", "admin"], run: (r) => res.audit(cookies[r]) },
  { name: "list users", allowed: ["admin"], run: (r) => res.users(cookies[r]) },
  { name: "create a user", allowed: ["admin"], run: (r) => res.createUser(cookies[r], { email: `new${++seq}@test.local`, name: "New", role: "author", password: "long-enough-password" }) },
  { name: "create an API token", allowed: ["admin"], run: (r) => res.createToken(cookies[r], { name: `Token ${++seq}`, role: "editor" }) },
  { name: "list API tokens", allowed: ["admin"], run: (r) => res.tokens(cookies[r]) },
  { name: "read site settings", allowed: ["admin"], run: (r) => res.settings(cookies[r]) },
  { name: "change site settings", allowed: ["admin"], run: (r) => res.updateSettings(cookies[r], { breakingWindowHours: 6 + ++seq }) },
];

describe("role matrix", () => {
  for (const c of [...articleCases, ...resourceCases]) {
    it(`${c.name}: only ${c.allowed.join(", ")}`, async () => {
      const got: Role[] = [];
      for (const role of ROLES) {
        const response = await c.run(role);
        if (response.status < 300) got.push(role);
        // Refusals are 403 (or 404 when the article is not the caller's to see), never anything else.
        else expect([403, 404], `${role}: ${response.status} ${await response.clone().text()}`).toContain(response.status);
      }
      expect(got).toEqual(c.allowed);
    });
  }

  it("hides other people's articles as 404, not 403", async () => {
    const id = await article("editor");
    expect((await api.get(cookies.contributor, id)).status).toBe(404);
    expect((await api.publish(cookies.author, id)).status).toBe(404);
    expect((await api.publish(cookies.contributor, await article("contributor"))).status).toBe(403);
  });
});
