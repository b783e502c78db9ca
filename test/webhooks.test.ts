import "./helpers/test-db";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/app/_lib/db";
import { env } from "@/app/_lib/env";
import type { Actor } from "@/app/_lib/auth/roles";
import { createArticle, updateArticle } from "@/app/_lib/mutations/articles";
import { publishArticle, scheduleArticle, unpublishArticle } from "@/app/_lib/mutations/article-workflow";
import { createWebhook } from "@/app/_lib/mutations/webhooks";
import { processDueDeliveries, retryDelayMs } from "@/app/_lib/webhooks/deliver";
import { announceDueGoLives } from "@/app/_lib/webhooks/go-live";
import { verifySignature } from "@/app/_lib/webhooks/sign";
import { GET as listRoute, POST as createRoute } from "@/app/api/admin/webhooks/route";
import { req, seedFixture, sessionCookie, type Fixture } from "./helpers/fixtures";

// A real receiver on a free local port: answers each request with the next
// status of `replies` (then 200) and records what it got.
type Received = { headers: IncomingHttpHeaders; body: string };
let server: Server;
let receiverUrl = "";
const received: Received[] = [];
const replies: number[] = [];

let fx: Fixture;
const actor = (role: "admin" | "editor"): Actor => ({
  kind: "session",
  userId: fx.users[role].id,
  name: role,
  email: fx.users[role].email,
  role,
  authorId: fx.users[role].authorId,
  credentialId: "test",
});

beforeAll(async () => {
  fx = await seedFixture();
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (c: Buffer) => (body += c.toString()));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.writeHead(replies.shift() ?? 200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function newArticle(title: string) {
  const created = await createArticle(
    { actor: actor("editor") },
    { title, standfirst: "Standfirst.", categoryId: fx.categories.world.id, bodyJson: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Body." }] }] } },
  );
  return created as unknown as { id: number; slug: string };
}

describe("webhooks", () => {
  it("only admins register webhooks, with an http(s) URL", async () => {
    const editorCookie = await sessionCookie(fx.users.editor.id);
    const denied = await createRoute(req("POST", "/api/admin/webhooks", { cookie: editorCookie, body: { url: "https://example.org/h" } }));
    expect(denied.status).toBe(403);
    const adminCookie = await sessionCookie(fx.users.admin.id);
    const bad = await createRoute(req("POST", "/api/admin/webhooks", { cookie: adminCookie, body: { url: "ftp://example.org/h" } }));
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty("url");
    expect(await db.webhook.count()).toBe(0);
  });

  it("signs a publish event, retries after a failed first attempt with backoff, and logs both attempts", async () => {
    const hook = await createWebhook({ actor: actor("admin") }, { url: receiverUrl });
    const article = await newArticle("Dam inspection finds cracks");
    // Saving a draft tells nobody.
    expect(await db.webhookDelivery.count()).toBe(0);

    await publishArticle({ actor: actor("editor") }, article.id);
    const [queued] = await db.webhookDelivery.findMany({ where: { webhookId: hook.id } });
    expect(queued).toMatchObject({ event: "article.published", status: "pending", attempts: 0 });

    replies.push(500);
    const t0 = new Date();
    expect(await processDueDeliveries(t0)).toBe(1);
    let row = await db.webhookDelivery.findUniqueOrThrow({ where: { id: queued.id } });
    expect(row).toMatchObject({ status: "pending", attempts: 1, responseStatus: 500, lastError: "HTTP 500" });
    expect(row.nextAttemptAt.getTime()).toBe(t0.getTime() + retryDelayMs(1));

    // Not due yet: nothing is sent.
    expect(await processDueDeliveries(new Date(t0.getTime() + retryDelayMs(1) - 1000))).toBe(0);
    expect(received).toHaveLength(1);

    expect(await processDueDeliveries(new Date(t0.getTime() + retryDelayMs(1) + 1000))).toBe(1);
    row = await db.webhookDelivery.findUniqueOrThrow({ where: { id: queued.id } });
    expect(row).toMatchObject({ status: "delivered", attempts: 2, responseStatus: 200, lastError: "" });
    expect(row.deliveredAt).not.toBeNull();

    expect(received).toHaveLength(2);
    for (const r of received) {
      expect(r.headers["content-type"]).toBe("application/json");
      expect(r.headers["x-meridian-event"]).toBe("article.published");
      const ok = verifySignature(hook.secret, String(r.headers["x-meridian-timestamp"]), r.body, String(r.headers["x-meridian-signature"]));
      expect(ok).toBe(true);
      // A tampered body does not verify.
      expect(verifySignature(hook.secret, String(r.headers["x-meridian-timestamp"]), r.body.replace("cracks", "CRACKS"), String(r.headers["x-meridian-signature"]))).toBe(false);
    }
    const event = JSON.parse(received[1].body) as { event: string; article: { id: number; slug: string; title: string; url: string; apiUrl: string } };
    expect(event.event).toBe("article.published");
    expect(event.article).toMatchObject({ id: article.id, title: "Dam inspection finds cracks" });
    expect(event.article.url).toMatch(new RegExp(`/news/${event.article.slug}$`));
    expect(event.article.apiUrl).toMatch(new RegExp(`/api/v1/articles/${event.article.slug}$`));

    // The admin API shows the log.
    const log = (await (await listRoute(req("GET", "/api/admin/webhooks", { cookie: await sessionCookie(fx.users.admin.id) }))).json()) as {
      deliveries: { id: number; status: string; attempts: number }[];
    };
    expect(log.deliveries.find((d) => d.id === queued.id)).toMatchObject({ status: "delivered", attempts: 2 });
  });

  it("sends update and unpublish events for a live story, and gives up after the last attempt", async () => {
    await db.webhookDelivery.deleteMany();
    const article = await newArticle("Port strike ends");
    await publishArticle({ actor: actor("editor") }, article.id);
    const current = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { version: true } });
    await updateArticle({ actor: actor("editor") }, article.id, { version: current.version, title: "Port strike ends after talks" });
    const v2 = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { version: true } });
    await unpublishArticle({ actor: actor("editor") }, article.id, { version: v2.version });
    const events = (await db.webhookDelivery.findMany({ orderBy: { id: "asc" } })).map((d) => d.event);
    expect(events).toEqual(["article.published", "article.updated", "article.unpublished"]);
    await processDueDeliveries(new Date());
    expect(await db.webhookDelivery.count({ where: { status: "delivered" } })).toBe(3);

    // An unreachable receiver: the publish still succeeds; after the last attempt the delivery is failed.
    await db.webhook.updateMany({ data: { url: "http://127.0.0.1:9/unreachable" } });
    await db.webhookDelivery.deleteMany();
    const again = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { version: true } });
    await publishArticle({ actor: actor("editor") }, article.id, { version: again.version });
    let at = Date.now();
    for (let i = 0; i < 8; i++) {
      await processDueDeliveries(new Date(at));
      at += 7 * 3_600_000;
    }
    const [gaveUp] = await db.webhookDelivery.findMany();
    expect(gaveUp).toMatchObject({ status: "failed", attempts: 8 });
    expect(gaveUp.lastError).not.toBe("");
  });

  it("announces a scheduled story once when it goes live by itself, however many instances race for it", async () => {
    await db.webhook.deleteMany();
    await createWebhook({ actor: actor("admin") }, { url: receiverUrl });
    received.length = 0;
    const article = await newArticle("Election results due at noon");
    const publishAt = new Date(Date.now() + 3_600_000);
    await scheduleArticle({ actor: actor("editor") }, article.id, { publishAt: publishAt.toISOString() });
    // Scheduling tells nobody, and before its time there is nothing to announce.
    expect(await db.webhookDelivery.count()).toBe(0);
    expect(await announceDueGoLives(new Date(publishAt.getTime() - 1000))).toBe(0);

    // The moment passes with no write: three instances notice it at once; one wins.
    const after = new Date(publishAt.getTime() + 1000);
    const won = await Promise.all([announceDueGoLives(after), announceDueGoLives(after), announceDueGoLives(after)]);
    expect(won.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await announceDueGoLives(new Date(after.getTime() + 60_000))).toBe(0);
    const rows = await db.webhookDelivery.findMany();
    expect(rows.map((r) => r.event)).toEqual(["article.published"]);

    expect(await processDueDeliveries(after)).toBe(1);
    expect(received).toHaveLength(1);
    const event = JSON.parse(received[0].body) as { event: string; article: { id: number; status: string } };
    expect(event).toMatchObject({ event: "article.published", article: { id: article.id, status: "scheduled" } });

    // Unpublished and scheduled again: the new go-live is announced again, once.
    const v = (await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { version: true } })).version;
    await unpublishArticle({ actor: actor("editor") }, article.id, { version: v });
    const again = new Date(Date.now() + 7_200_000);
    await scheduleArticle({ actor: actor("editor") }, article.id, { publishAt: again.toISOString() });
    expect(await announceDueGoLives(new Date(again.getTime() + 1000))).toBe(1);
    expect(await announceDueGoLives(new Date(again.getTime() + 2000))).toBe(0);
    expect(await db.webhookDelivery.count({ where: { event: "article.published" } })).toBe(2);
  });

  it("refuses private addresses when they are registered and again when a delivery connects", async () => {
    const flags = env as { WEBHOOK_ALLOW_PRIVATE: boolean };
    const adminCookie = await sessionCookie(fx.users.admin.id);
    await db.webhook.deleteMany();
    // Registered while the local-testing override was on; then the fence is up.
    await createWebhook({ actor: actor("admin") }, { url: receiverUrl });
    await createWebhook({ actor: actor("admin") }, { url: receiverUrl.replace("127.0.0.1", "localhost") });
    flags.WEBHOOK_ALLOW_PRIVATE = false;
    try {
      for (const url of ["http://127.0.0.1:8080/hook", "http://[::1]/hook", "http://169.254.169.254/latest/meta-data", "http://localhost/hook", "http://[fd00:ec2::254]/"]) {
        const res = await createRoute(req("POST", "/api/admin/webhooks", { cookie: adminCookie, body: { url } }));
        expect(res.status, url).toBe(422);
        const body = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
        expect(body.error.code).toBe("invalid_fields");
        expect(body.error.fields.url).toMatch(/public address/);
      }
      expect(await db.webhook.count()).toBe(2);

      await db.webhookDelivery.deleteMany();
      received.length = 0;
      const article = await newArticle("Reservoir levels fall");
      await publishArticle({ actor: actor("editor") }, article.id);
      expect(await processDueDeliveries(new Date())).toBe(2);
      // Neither the literal address nor the name that resolves to it was contacted.
      expect(received).toHaveLength(0);
      const rows = await db.webhookDelivery.findMany({ orderBy: { id: "asc" } });
      for (const row of rows) {
        expect(row).toMatchObject({ status: "pending", attempts: 1, responseStatus: null });
        expect(row.lastError).toMatch(/refused: .*(private or local address)/);
      }
    } finally {
      flags.WEBHOOK_ALLOW_PRIVATE = true;
    }
  });
});
