// The wire desk end to end on a real database: a local HTTP server serves the
// fixtures with ETags and changes them between polls.
import "./helpers/test-db";
import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/app/_lib/db";
import { env } from "@/app/_lib/env";
import type { Actor } from "@/app/_lib/auth/roles";
import { publishArticle, scheduleArticle } from "@/app/_lib/mutations/article-workflow";
import { createWireSource } from "@/app/_lib/mutations/wire-sources";
import { ignoreWireItem, resolveWireUpdate, takeWireItem } from "@/app/_lib/mutations/wire-items";
import { ingestItems } from "@/app/_lib/wire/ingest";
import { parseWire } from "@/app/_lib/wire/parse";
import { pollSource } from "@/app/_lib/wire/poll";
import { seedFixture, type Fixture } from "./helpers/fixtures";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures/wire", name), "utf8");

// path -> current body; the ETag is derived from the body, so a change is a new ETag.
// `hold`: the server answers only once it settles (a poll kept in flight).
const served = new Map<string, { body: string; type: string; status?: number; hold?: Promise<void> }>();
const requests: { path: string; headers: IncomingHttpHeaders }[] = [];
let server: Server;
let base = "";
let fx: Fixture;

const actor = (role: "admin" | "editor" | "contributor"): Actor => ({
  kind: "session", userId: fx.users[role].id, name: role, email: fx.users[role].email, role, authorId: fx.users[role].authorId, credentialId: "test",
});

beforeAll(async () => {
  fx = await seedFixture();
  server = createServer(async (req, res) => {
    requests.push({ path: req.url ?? "", headers: req.headers });
    const entry = served.get(req.url ?? "");
    if (!entry) return res.writeHead(404).end("not found");
    await entry.hold;
    const etag = `"${Buffer.from(entry.body).length}-${entry.body.length % 997}-${entry.body.slice(-40).replace(/\W/g, "").slice(0, 12)}"`;
    if (req.headers["if-none-match"] === etag) return res.writeHead(304, { ETag: etag }).end();
    res.writeHead(entry.status ?? 200, { "Content-Type": entry.type, ETag: etag, "Last-Modified": "Thu, 19 Nov 2026 12:00:00 GMT" }).end(entry.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

async function source(name: string, format: "rss" | "atom" | "ninjs" | "newsml-g2", file: string, extra: Record<string, unknown> = {}) {
  served.set(`/${name}`, { body: fixture(file), type: format === "ninjs" ? "application/json" : "application/xml; charset=utf-8" });
  return createWireSource({ actor: actor("editor") }, { name, agency: "NAT", url: `${base}/${name}`, format, categoryId: fx.categories.world.id, language: "en", creditLine: "National Agency", ...extra });
}

describe("polling", () => {
  it("adds items, then asks conditionally (304, nothing parsed), then updates a changed item instead of adding it twice", async () => {
    const s = await source("rss", "rss", "national-rss.xml");
    const first = await pollSource(s.id);
    expect(first).toMatchObject({ ok: true, fetched: "changed", added: 3, updated: 0 });
    expect(requests.at(-1)!.headers["if-none-match"]).toBeUndefined();

    const second = await pollSource(s.id);
    expect(second).toMatchObject({ ok: true, fetched: "not-modified", added: 0, updated: 0 });
    expect(requests.at(-1)!.headers["if-none-match"]).toMatch(/^"/);

    served.set("/rss", { body: fixture("national-rss-v2.xml"), type: "application/rss+xml" });
    const third = await pollSource(s.id);
    expect(third).toMatchObject({ ok: true, fetched: "changed", added: 1, updated: 1 });
    const items = await db.wireItem.findMany({ where: { sourceId: s.id, guid: "nat-20261119-0001" } });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ title: expect.stringMatching(/three dams named/), revisions: 2 });
    expect(await db.wireItem.count({ where: { sourceId: s.id } })).toBe(4);
  });

  it("records a failure in plain words and backs off exponentially; a good poll clears it", async () => {
    const s = await source("broken", "rss", "national-rss.xml");
    served.set("/broken", { body: "<!DOCTYPE html><html><body>Sign in</body></html>", type: "text/html" });
    const before = Date.now();
    expect(await pollSource(s.id)).toMatchObject({ ok: false, error: expect.stringMatching(/HTML page, not a feed/) });
    const once = await db.wireSource.findUniqueOrThrow({ where: { id: s.id } });
    expect(once.failures).toBe(1);
    served.set("/broken", { body: "oops", type: "text/plain", status: 500 });
    await pollSource(s.id);
    const twice = await db.wireSource.findUniqueOrThrow({ where: { id: s.id } });
    expect(twice).toMatchObject({ failures: 2, lastError: "HTTP 500 from the source" });
    // 300 s interval: the first failure waits 300 s, the second 600 s.
    expect(once.nextPollAt.getTime() - before).toBeGreaterThanOrEqual(299_000);
    expect(twice.nextPollAt.getTime() - before).toBeGreaterThanOrEqual(599_000);
    served.set("/broken", { body: fixture("national-rss.xml"), type: "application/xml" });
    expect(await pollSource(s.id)).toMatchObject({ ok: true, added: 3 });
    expect(await db.wireSource.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ failures: 0, lastError: "" });
  });

  it("caps the answer's size and refuses private addresses unless the testing switch is on", async () => {
    const s = await source("big", "rss", "national-rss.xml");
    expect(await pollSource(s.id, { maxBytes: 1000 })).toMatchObject({ ok: false, error: expect.stringMatching(/larger than|limit/) });
    const flags = env as { WEBHOOK_ALLOW_PRIVATE: boolean; OUTBOUND_ALLOW_PRIVATE: boolean };
    const saved = { ...flags };
    flags.WEBHOOK_ALLOW_PRIVATE = false;
    flags.OUTBOUND_ALLOW_PRIVATE = false;
    try {
      expect(await pollSource(s.id)).toMatchObject({ ok: false, error: expect.stringMatching(/private or local/) });
    } finally {
      Object.assign(flags, saved);
    }
  });

  it("two polls of one source at once: one runs, the other is told it is busy, nothing is stored twice", async () => {
    const s = await source("lease", "ninjs", "ninjs-2.json");
    // The winner's request is held at the server, so it cannot finish (and
    // free the lease) before the loser's claim is decided, however slow the machine.
    let release = () => {};
    served.get("/lease")!.hold = new Promise<void>((resolve) => (release = resolve));
    const polls = [pollSource(s.id), pollSource(s.id)];
    const loser = await Promise.race(polls);
    expect(loser).toMatchObject({ ok: false, busy: true });
    release();
    const [a, b] = await Promise.all(polls);
    expect([a, b].filter((o) => "busy" in o)).toHaveLength(1);
    expect([a, b].find((o) => !("busy" in o))).toMatchObject({ ok: true, added: 2 });
    expect(await db.wireItem.count({ where: { sourceId: s.id } })).toBe(2);
  });

  it("a big feed is stored in short transactions: the server gets turns to answer readers meanwhile, and a second run stores nothing twice", async () => {
    const s = await source("big", "rss", "national-rss.xml");
    const items = Array.from({ length: 300 }, (_, i) =>
      `<item><guid>big-${i}</guid><title>District report number ${i}</title><link>/b/${i}</link><description><![CDATA[<p>LAHORE, Nov 19 (NAT): Report ${i} on district ${i % 37} and figure ${i * 13}.</p>]]></description></item>`);
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>https://agency.example.com/</link><description>b</description>${items.join("")}</channel></rss>`;
    const parsed = parseWire("rss", feed, { language: "en" });
    // A relative item link resolves against the feed's own link.
    expect(parsed.items[7].originalUrl).toBe("https://agency.example.com/b/7");
    let finished = false;
    let answeredBeforeTheEnd = false;
    setImmediate(() => (answeredBeforeTheEnd = !finished));
    const first = await ingestItems(s, parsed.items);
    finished = true;
    expect(first).toMatchObject({ added: 300, updated: 0 });
    expect(answeredBeforeTheEnd).toBe(true);
    expect(await ingestItems(s, parsed.items)).toMatchObject({ added: 0, unchanged: 300 });
    expect(await db.wireItem.count({ where: { sourceId: s.id } })).toBe(300);
  });

  it("never returns the auth header once saved, and sends it to the source", async () => {
    const s = await source("auth", "atom", "urdu-atom.xml", { authHeader: "Bearer agency-secret" });
    expect(s).toMatchObject({ hasAuthHeader: true });
    expect(JSON.stringify(s)).not.toContain("agency-secret");
    await pollSource(s.id);
    expect(requests.at(-1)!.headers.authorization).toBe("Bearer agency-secret");
  });
});

describe("taking, updates, kills and embargoes", () => {
  it("take makes a draft through the article mutations: agency dateline, section, credit with the original link", async () => {
    const s = await source("take", "rss", "national-rss.xml");
    await pollSource(s.id);
    const item = await db.wireItem.findFirstOrThrow({ where: { sourceId: s.id, guid: "nat-20261119-0002" } });
    const article = (await takeWireItem({ actor: actor("contributor") }, item.id, {})) as { id: number; status: string };
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row).toMatchObject({ status: "draft", datelinePlace: "Karachi", sourceAgency: "NAT", categoryId: fx.categories.world.id, createdById: fx.users.contributor.id });
    expect(row.bodyHtml).toContain("Credit: National Agency.");
    expect(row.bodyHtml).toContain('href="https://agency.example.com/stories/nat-20261119-0002"');
    expect(row.bodyHtml).not.toContain("KARACHI, Nov 19 (NAT)");
    expect(await db.wireItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "taken", articleId: article.id });
    await expect(takeWireItem({ actor: actor("editor") }, item.id, {})).rejects.toMatchObject({ status: 409 });
    const other = await db.wireItem.findFirstOrThrow({ where: { sourceId: s.id, guid: "nat-20261119-0003" } });
    await expect(takeWireItem({ actor: actor("contributor") }, other.id, { publish: true })).rejects.toMatchObject({ status: 403 });
    expect(await ignoreWireItem({ actor: actor("contributor") }, other.id)).toMatchObject({ status: "ignored" });
  });

  it("a newer version flags the story; the editor applies it", async () => {
    const s = await source("update", "rss", "national-rss.xml");
    await pollSource(s.id);
    const item = await db.wireItem.findFirstOrThrow({ where: { sourceId: s.id, guid: "nat-20261119-0001" } });
    const taken = (await takeWireItem({ actor: actor("editor") }, item.id, { publish: true })) as { id: number; status: string; version: number };
    expect(taken.status).toBe("published");
    served.set("/update", { body: fixture("national-rss-v2.xml"), type: "application/xml" });
    await pollSource(s.id);
    expect(await db.wireItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ updatePending: true });
    await resolveWireUpdate({ actor: actor("editor") }, taken.id, { action: "apply", version: taken.version });
    const story = await db.article.findUniqueOrThrow({ where: { id: taken.id } });
    expect(story.title).toMatch(/three dams named/);
    expect(story.status).toBe("published");
    expect(await db.wireItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ updatePending: false });
  });

  it("a kill unpublishes the story (policy unpublish) or only flags it (policy flag), in the audit log either way", async () => {
    for (const killPolicy of ["unpublish", "flag"] as const) {
      const name = `kill-${killPolicy}`;
      const s = await source(name, "newsml-g2", "newsml-g2.xml", { killPolicy });
      await pollSource(s.id);
      const item = await db.wireItem.findFirstOrThrow({ where: { sourceId: s.id, guid: "urn:newsml:wire.example.com:20261119:g2-01" } });
      expect(item.correctionNote).toMatch(/chairman/);
      const taken = (await takeWireItem({ actor: actor("editor") }, item.id, { publish: true })) as { id: number };
      served.set(`/${name}`, { body: fixture("newsml-kill.xml"), type: "application/xml" });
      expect(await pollSource(s.id)).toMatchObject({ ok: true, killed: 1 });
      expect(await db.wireItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "killed", pubStatus: "canceled" });
      const story = await db.article.findUniqueOrThrow({ where: { id: taken.id } });
      expect(story.status).toBe(killPolicy === "unpublish" ? "draft" : "published");
      const audit = await db.auditLog.findFirstOrThrow({ where: { action: "wire.item.killed", entityId: String(item.id) } });
      expect(JSON.parse(audit.details)).toMatchObject({ story: killPolicy === "unpublish" ? "unpublished" : "flagged" });
    }
  });

  it("an embargoed item cannot go live before its time, through take or the publish path", async () => {
    const s = await source("embargo", "ninjs", "ninjs-2.json");
    await pollSource(s.id);
    const item = await db.wireItem.findFirstOrThrow({ where: { sourceId: s.id, guid: "urn:wire-example:ninjs:1002" } });
    await expect(takeWireItem({ actor: actor("editor") }, item.id, { publish: true })).rejects.toMatchObject({ status: 422, code: "embargoed" });
    const draft = (await takeWireItem({ actor: actor("editor") }, item.id, {})) as { id: number };
    await expect(publishArticle({ actor: actor("editor") }, draft.id, {})).rejects.toMatchObject({ code: "embargoed", message: expect.stringMatching(/embargo until 2030-01-01T00:00:00.000Z/) });
    await expect(scheduleArticle({ actor: actor("editor") }, draft.id, { publishAt: "2029-12-31T23:00:00Z" })).rejects.toMatchObject({ code: "embargoed" });
    expect(await scheduleArticle({ actor: actor("editor") }, draft.id, { publishAt: "2030-01-01T00:00:00Z" })).toMatchObject({ status: "scheduled" });
  });

  it("the same story from two agencies lands in one near-duplicate group; an unrelated story does not", async () => {
    const rss = (guid: string, title: string, body: string) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><guid>${guid}</guid><title>${title}</title><description>${body}</description></item></channel></rss>`;
    const a = await source("dup-a", "rss", "national-rss.xml");
    const b = await source("dup-b", "rss", "national-rss.xml");
    served.set("/dup-a", { type: "application/xml", body: rss("a-1", "Bank holds rate", "The central bank kept its policy rate at 12 per cent on Thursday. The governor said inflation was easing and the outlook for growth had improved.") });
    served.set("/dup-b", { type: "application/xml", body: rss("b-1", "Central bank leaves rate unchanged", "The central bank kept its policy rate at 12 per cent on Thursday, its third hold in a row. The governor said inflation was easing and the outlook for growth had improved.") });
    await pollSource(a.id);
    await pollSource(b.id);
    const [first, second] = await Promise.all([
      db.wireItem.findFirstOrThrow({ where: { sourceId: a.id, guid: "a-1" } }),
      db.wireItem.findFirstOrThrow({ where: { sourceId: b.id, guid: "b-1" } }),
    ]);
    expect(first.dupGroupId).toBe(first.id);
    expect(second.dupGroupId).toBe(first.id);
    // (Every other fixture is polled by several test sources, so its copies are near-duplicates of each other.)
    const unrelated = await db.wireItem.findFirstOrThrow({ where: { guid: "urn:agency-example:ur:0002" } });
    expect(unrelated.dupGroupId).toBeNull();
  });
});

describe("auto mode", () => {
  it("publishes new items at once as the editor who turned it on, schedules an embargoed one for its embargo time, never takes a killed one", async () => {
    // The subject maps to a section by its slug, as the sources form writes it.
    const s = await source("auto", "ninjs", "ninjs-2.json", { mode: "auto", subjectSections: { "medtop:04000000": fx.categories.business.slug } });
    expect(await pollSource(s.id)).toMatchObject({ ok: true, added: 2 });
    const items = await db.wireItem.findMany({ where: { sourceId: s.id }, orderBy: { id: "asc" }, include: { article: { select: { status: true, publishedAt: true, createdById: true, categoryId: true } } } });
    const live = items.find((i) => i.title.startsWith("Central bank"))!;
    expect(live).toMatchObject({ status: "taken", article: { status: "published", createdById: fx.users.editor.id, categoryId: fx.categories.business.id } });
    const embargoed = items.find((i) => i.title.startsWith("Embargoed"))!;
    expect(embargoed).toMatchObject({ status: "taken", article: { status: "scheduled", publishedAt: new Date("2030-01-01T00:00:00Z") } });
    expect((await db.wireSource.findUniqueOrThrow({ where: { id: s.id } })).lastError).toMatch(/skipped/);
  });

  it("stops when the account that turned it on may no longer publish: items wait in the queue and the source says why", async () => {
    const s = await source("auto-demoted", "rss", "national-rss.xml", { mode: "auto" });
    await db.user.update({ where: { id: fx.users.editor.id }, data: { role: "contributor" } });
    try {
      expect(await pollSource(s.id)).toMatchObject({ ok: true, added: 3 });
      expect(await db.wireItem.count({ where: { sourceId: s.id, status: "new" } })).toBe(3);
      expect((await db.wireSource.findUniqueOrThrow({ where: { id: s.id } })).lastError).toMatch(/can no longer publish/);
    } finally {
      await db.user.update({ where: { id: fx.users.editor.id }, data: { role: "editor" } });
    }
  });

  it("review mode forgets who turned auto on; mappings must name existing sections and topics", async () => {
    const s = await source("auto-off", "rss", "national-rss.xml", { mode: "auto" });
    expect((await db.wireSource.findUniqueOrThrow({ where: { id: s.id } })).autoPublishAsId).toBe(fx.users.editor.id);
    const { updateWireSource } = await import("@/app/_lib/mutations/wire-sources");
    await updateWireSource({ actor: actor("admin") }, s.id, { mode: "review" });
    expect((await db.wireSource.findUniqueOrThrow({ where: { id: s.id } })).autoPublishAsId).toBeNull();
    await expect(updateWireSource({ actor: actor("admin") }, s.id, { subjectSections: { "medtop:1": "no-such-section" }, keywordTopics: { rain: "no-such-topic" } })).rejects.toMatchObject({
      status: 422,
      fields: { subjectSections: "No such section: no-such-section", keywordTopics: "No such topic: no-such-topic" },
    });
  });
});

