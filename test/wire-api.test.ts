// /api/admin/wire: same auth, errors and role rules as the rest of /api/admin.
import "./helpers/test-db";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listSources, POST as createSource } from "@/app/api/admin/wire/sources/route";
import { PATCH as patchSource, DELETE as deleteSource } from "@/app/api/admin/wire/sources/[id]/route";
import { POST as pollRoute } from "@/app/api/admin/wire/sources/[id]/poll/route";
import { GET as listItems } from "@/app/api/admin/wire/items/route";
import { POST as takeRoute } from "@/app/api/admin/wire/items/[id]/take/route";
import { POST as ignoreRoute } from "@/app/api/admin/wire/items/[id]/ignore/route";
import { GET as cronRoute } from "@/app/api/cron/wire-poll/route";
import { POST as wireUpdateRoute } from "@/app/api/admin/articles/[id]/wire-update/route";
import { env } from "@/app/_lib/env";
import { params, req, seedFixture, sessionCookie, type Fixture } from "./helpers/fixtures";

let fx: Fixture;
let server: Server;
let feedUrl = "";
let served: "v1" | "v2" = "v1";
const cookies: Record<string, string> = {};

beforeAll(async () => {
  fx = await seedFixture();
  for (const role of ["admin", "editor", "author", "contributor"] as const) cookies[role] = await sessionCookie(fx.users[role].id);
  const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures/wire", name));
  const feeds = { v1: fixture("national-rss.xml"), v2: fixture("national-rss-v2.xml") };
  // /feed always serves the first version; /changing serves whatever the test set in `served`.
  server = createServer((r, res) => res.writeHead(200, { "Content-Type": "application/rss+xml" }).end(r.url === "/changing" ? feeds[served] : feeds.v1));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const sourceBody = () => ({ name: "National", agency: "NAT", url: feedUrl, format: "rss", language: "en", categoryId: fx.categories.world.id, mode: "review", authHeader: "Bearer top-secret" });

describe("wire admin API", () => {
  it("sources: 401 without a login, 403 below editor, 422 naming bad fields, 201 for editors; the auth header is never returned", async () => {
    expect((await createSource(req("POST", "/api/admin/wire/sources", { body: sourceBody() }))).status).toBe(401);
    expect((await createSource(req("POST", "/api/admin/wire/sources", { cookie: cookies.author, body: sourceBody() }))).status).toBe(403);
    const bad = await createSource(req("POST", "/api/admin/wire/sources", { cookie: cookies.editor, body: { ...sourceBody(), format: "csv", colour: "red" } }));
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields).toMatchObject({ format: expect.stringMatching(/rss/), colour: "Unknown field" });
    const created = await createSource(req("POST", "/api/admin/wire/sources", { cookie: cookies.editor, body: sourceBody() }));
    expect(created.status).toBe(201);
    const text = await created.text();
    expect(text).not.toContain("top-secret");
    expect(JSON.parse(text).data).toMatchObject({ name: "National", hasAuthHeader: true });
    const listed = await (await listSources(req("GET", "/api/admin/wire/sources", { cookie: cookies.editor }))).text();
    expect(listed).not.toContain("top-secret");
    const id = String(JSON.parse(text).data.id);
    const patched = await patchSource(req("PATCH", `/api/admin/wire/sources/${id}`, { cookie: cookies.editor, body: { authHeader: "", pollIntervalSec: 600 } }), params({ id }));
    expect((await patched.json()).data).toMatchObject({ hasAuthHeader: false, pollIntervalSec: 600 });
  });

  it("poll answers what it did; items list newest first with filters; take gives 201 { article }; ignore hides", async () => {
    const created = await (await createSource(req("POST", "/api/admin/wire/sources", { cookie: cookies.admin, body: { ...sourceBody(), name: "Second" } }))).json();
    const id = String(created.data.id);
    const polled = await pollRoute(req("POST", `/api/admin/wire/sources/${id}/poll`, { cookie: cookies.editor }), params({ id }));
    expect((await polled.json()).data).toMatchObject({ ok: true, fetched: "changed", added: 3, updated: 0, skipped: [] });
    expect((await pollRoute(req("POST", `/api/admin/wire/sources/${id}/poll`, { cookie: cookies.contributor }), params({ id }))).status).toBe(403);

    const list = await (await listItems(req("GET", `/api/admin/wire/items?sourceId=${id}&q=karachi`, { cookie: cookies.contributor }))).json();
    expect(list.data.map((i: { title: string }) => i.title)).toEqual(["Karachi port handles record container traffic in October"]);
    expect((await listItems(req("GET", "/api/admin/wire/items?status=lost", { cookie: cookies.editor }))).status).toBe(422);

    const itemId = String(list.data[0].id);
    const taken = await takeRoute(req("POST", `/api/admin/wire/items/${itemId}/take`, { cookie: cookies.contributor }), params({ id: itemId }));
    expect(taken.status).toBe(201);
    expect((await taken.json()).article).toMatchObject({ status: "draft", datelinePlace: "Karachi", sourceAgency: "NAT" });
    const again = await takeRoute(req("POST", `/api/admin/wire/items/${itemId}/take`, { cookie: cookies.editor, body: { publish: true } }), params({ id: itemId }));
    expect(again.status).toBe(409);

    const all = await (await listItems(req("GET", `/api/admin/wire/items?sourceId=${id}&status=new`, { cookie: cookies.editor }))).json();
    const other = String(all.data[0].id);
    const published = await takeRoute(req("POST", `/api/admin/wire/items/${other}/take`, { cookie: cookies.editor, body: { publish: true } }), params({ id: other }));
    expect((await published.json()).article).toMatchObject({ status: "published" });
    const last = String(all.data[1].id);
    expect((await ignoreRoute(req("POST", `/api/admin/wire/items/${last}/ignore`, { cookie: cookies.contributor }), params({ id: last }))).status).toBe(200);
    const ignored = await (await listItems(req("GET", `/api/admin/wire/items?sourceId=${id}&status=ignored`, { cookie: cookies.editor }))).json();
    expect(ignored.total).toBe(1);
    expect((await deleteSource(req("DELETE", `/api/admin/wire/sources/${id}`, { cookie: cookies.editor }), params({ id }))).status).toBe(200);
  });

  it("the cron route is off without CRON_SECRET, refuses a wrong secret, and polls due sources with the right one", async () => {
    const flags = env as { CRON_SECRET: string };
    expect((await cronRoute(new Request("http://localhost/api/cron/wire-poll"))).status).toBe(404);
    flags.CRON_SECRET = "a-long-cron-secret-for-tests";
    try {
      expect((await cronRoute(new Request("http://localhost/api/cron/wire-poll", { headers: { authorization: "Bearer wrong" } }))).status).toBe(401);
      const cron = await (await createSource(req("POST", "/api/admin/wire/sources", { cookie: cookies.editor, body: { ...sourceBody(), name: "Cron" } }))).json();
      const ok = await cronRoute(new Request("http://localhost/api/cron/wire-poll", { headers: { authorization: `Bearer ${flags.CRON_SECRET}` } }));
      expect(ok.status).toBe(200);
      // Every source never polled is due; the new one among them.
      expect((await ok.json()).polled).toContainEqual(expect.objectContaining({ id: cron.data.id, ok: true, added: 3 }));
    } finally {
      flags.CRON_SECRET = "";
    }
  });

  it("wire update: shaped 4xx for a bad action, a missing or stale version, nothing pending; apply copies the agency's text, dismiss keeps the story's", async () => {
    served = "v1";
    const created = await (await createSource(req("POST", "/api/admin/wire/sources", { cookie: cookies.editor, body: { ...sourceBody(), name: "Changing", url: feedUrl.replace(/feed$/, "changing") } }))).json();
    const sourceId = String(created.data.id);
    await pollRoute(req("POST", `/api/admin/wire/sources/${sourceId}/poll`, { cookie: cookies.editor }), params({ id: sourceId }));
    const items = await (await listItems(req("GET", `/api/admin/wire/items?sourceId=${sourceId}&q=water+storage`, { cookie: cookies.editor }))).json();
    const itemId = String(items.data[0].id);
    const story = (await (await takeRoute(req("POST", `/api/admin/wire/items/${itemId}/take`, { cookie: cookies.editor, body: { publish: true } }), params({ id: itemId }))).json()).article;
    const id = String(story.id);
    const post = (body: unknown, cookie = cookies.editor) => wireUpdateRoute(req("POST", `/api/admin/articles/${id}/wire-update`, { cookie, body }), params({ id }));

    const nothing = await post({ action: "apply", version: story.version });
    expect(nothing.status).toBe(404);
    expect((await nothing.json()).error.message).toMatch(/Pending wire update/);

    served = "v2";
    await pollRoute(req("POST", `/api/admin/wire/sources/${sourceId}/poll`, { cookie: cookies.editor }), params({ id: sourceId }));
    const badAction = await post({ action: "merge", version: story.version });
    expect(badAction.status).toBe(422);
    expect((await badAction.json()).error.fields).toMatchObject({ action: expect.stringContaining("apply") });
    const noVersion = await post({ action: "apply" });
    expect(noVersion.status).toBe(400);
    expect((await noVersion.json()).error.fields).toMatchObject({ version: expect.any(String) });
    const stale = await post({ action: "apply", version: story.version + 5 });
    expect(stale.status).toBe(409);
    expect((await post({ action: "apply", version: story.version }, cookies.contributor)).status).toBe(403);

    const applied = await post({ action: "apply", version: story.version });
    expect(applied.status).toBe(200);
    const after = (await applied.json()).article;
    expect(after).toMatchObject({ title: "Cabinet approves new water storage plan for Indus basin, three dams named", status: "published", version: story.version + 1 });
    expect(JSON.stringify(after.bodyJson)).toContain("Gilgit-Baltistan");
    // Resolved: a second apply finds nothing pending.
    expect((await post({ action: "dismiss" })).status).toBe(404);
  });
});
