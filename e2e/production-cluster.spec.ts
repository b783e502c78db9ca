// Several instances (under `npm run test:pg`): two `next start` instances of the
// one build on one Postgres database, sharing one Redis cache
// (app/_server/cache/redis-cache-handler.cjs), behind nginx. A page cached through
// one instance is served from the cache by the other; a publish, an update and
// an unpublish through instance A show on instance B and through nginx on the
// very next request.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { startRedis, type RedisServer } from "@/app/_cli/redis-server";
import { describeMissing, missingClusterTools } from "@/app/_cli/test-tools";
import { request, startInstance, type Instance, type Reply } from "./production-helpers";
import { startCookieProbe, type CookieProbe } from "./cookie-probe";
import { startNginx, type ClusterNginx } from "./cluster-nginx";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const postgresUrl = process.env.TEST_POSTGRES_URL;
const template = process.env.TEST_POSTGRES_TEMPLATE;
const DATABASE = "portal_cluster";
const CLUSTER_CRON_SECRET = "cluster-cron-secret-0123456789";
// Outside CI a developer without redis-server or nginx gets a skip naming what to
// install (npm test's first step says it too); under CI they are required, so a
// missing one fails below when it does not start.
const missingTools = process.env.CI ? [] : missingClusterTools();

test.describe.configure({ mode: "serial" });

test.describe("production: several instances behind nginx", () => {
  test.skip(!postgresUrl || !template, "needs the throwaway Postgres server of `npm run test:pg`");
  test.skip(missingTools.length > 0, `needs programs missing here:\n${describeMissing(missingTools)}`);

  let redis: RedisServer | undefined;
  let a: Instance | undefined;
  let b: Instance | undefined;
  let nginx: ClusterNginx | undefined;
  let probe: CookieProbe | undefined;
  let databaseUrl = "";

  /** One client on the server's admin database (default) or on the cluster's own. */
  async function adminDatabase<T>(fn: (client: pg.Client) => Promise<T>, connectionString = postgresUrl): Promise<T> {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    redis = await startRedis();
    // A database of its own (the migrated template, then the demo seed), so
    // the writes here never touch the other specs' data.
    await adminDatabase(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${DATABASE}"`);
      await c.query(`CREATE DATABASE "${DATABASE}" TEMPLATE "${template}"`);
    });
    const url = new URL(postgresUrl!);
    url.pathname = `/${DATABASE}`;
    databaseUrl = url.toString();
    const seeded = spawnSync(path.resolve("node_modules/.bin/tsx"), ["prisma/seed/seed.ts"], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
    if (seeded.status !== 0) throw new Error(`seeding failed:\n${seeded.stdout}\n${seeded.stderr}`);
    // Instances of one site share its public address (SITE_URL): the shared
    // cache is keyed by database and address (cache-namespace.cjs).
    // CRON_SECRET and OUTBOUND_ALLOW_PRIVATE: the wire test below has both instances poll a feed served here.
    const env = { DATABASE_URL: databaseUrl, REDIS_URL: redis.url, TRUST_PROXY: "loopback", SITE_URL: "http://localhost:3000", CRON_SECRET: CLUSTER_CRON_SECRET, OUTBOUND_ALLOW_PRIVATE: "1", WIRE_POLL: "0" };
    [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
    probe = await startCookieProbe();
    nginx = await startNginx([a.url, b.url], probe.url);
  });

  test.afterAll(async () => {
    for (const instance of [a, b]) {
      if (instance && instance.process.exitCode === null) {
        instance.process.kill("SIGTERM");
        await instance.exited;
      }
    }
    if (nginx && nginx.process.exitCode === null) {
      nginx.process.kill("SIGTERM");
      await nginx.exited;
    }
    if (nginx) rmSync(nginx.dir, { recursive: true, force: true });
    await probe?.stop();
    await redis?.destroy();
    await adminDatabase((c) => c.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`)).catch(() => {});
  });

  test("a publish, an update and an unpublish through one instance show through every instance on the next request", async () => {
    test.setTimeout(240_000);
    const [A, B, lb] = [a!.url, b!.url, nginx!.url];

    // Log in on instance A (sessions live in the database: any instance would do).
    const login = await request(`${A}/api/admin/login`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: A },
      body: JSON.stringify({ email: "editor@meridian.local", password: "meridian-demo" }),
    });
    expect(login.status).toBe(200);
    const cookie = String(login.headers["set-cookie"]).split(";")[0];
    const admin = async (method: string, pathname: string, body?: unknown) => {
      const reply = await request(`${A}${pathname}`, {
        method,
        headers: { cookie, origin: A, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      expect(reply.status, `${method} ${pathname}: ${reply.body}`).toBeLessThan(300);
      return JSON.parse(reply.body);
    };

    const { categories } = await admin("GET", "/api/admin/categories");
    const { topics } = await admin("GET", "/api/admin/topics");
    const [category, topic] = [categories[0], topics[0]];
    const title = `Cluster probe ${Date.now()}`;
    const { article } = await admin("POST", "/api/admin/articles", {
      title,
      standfirst: "Published through one instance, read through another.",
      categoryId: category.id,
      topicIds: [topic.id],
      bodyJson: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Shared cache check." }] }] },
    });

    const listings = ["/", `/category/${category.slug}`, `/topic/${topic.slug}`];
    const story = `/news/${article.slug}`;
    const get = (base: string, pathname: string): Promise<Reply> => request(`${base}${pathname}`);
    // nginx alternates between the instances: two requests reach both.
    const everywhere = async (pathname: string) => [await get(B, pathname), await get(lb, pathname), await get(lb, pathname)];

    // Warm the listings through A; B then serves them from the shared cache.
    for (const pathname of listings) {
      expect((await get(A, pathname)).status).toBe(200);
      const fromB = await get(B, pathname);
      expect(fromB.status).toBe(200);
      expect(fromB.headers["x-nextjs-cache"], `${pathname} on B`).toMatch(/HIT|STALE/);
      expect(fromB.body.includes(title)).toBe(false);
    }
    expect((await get(A, story)).status).toBe(404);

    // Publish through A: every listing and the story show it on B and through nginx.
    await admin("POST", `/api/admin/articles/${article.id}/publish`, {});
    for (const pathname of listings) {
      for (const reply of await everywhere(pathname)) {
        expect(reply.status).toBe(200);
        expect(reply.body.includes(title), `${pathname} after publish shows the story`).toBe(true);
      }
    }
    for (const reply of await everywhere(story)) {
      expect(reply.status, `${story} after publish`).toBe(200);
      expect(reply.body.includes(title), `${story} after publish shows its headline`).toBe(true);
    }
    // Cached again: B serves the new page from the cache without another change.
    expect((await get(B, story)).headers["x-nextjs-cache"]).toMatch(/HIT|STALE/);

    // Update through A: the new headline everywhere on the next request.
    const current = await admin("GET", `/api/admin/articles/${article.id}`);
    const updated = `${title} (updated)`;
    await admin("PATCH", `/api/admin/articles/${article.id}`, { version: current.article.version, title: updated });
    for (const pathname of [story, "/"]) {
      for (const reply of await everywhere(pathname)) expect(reply.body.includes(updated), `${pathname} after update shows the new headline`).toBe(true);
    }

    // Unpublish through A: gone everywhere on the next request.
    await admin("POST", `/api/admin/articles/${article.id}/unpublish`, {});
    for (const reply of await everywhere(story)) expect(reply.status, `${story} after unpublish`).toBe(404);
    for (const pathname of listings) {
      for (const reply of await everywhere(pathname)) expect(reply.body.includes(title), `${pathname} after unpublish still shows the story`).toBe(false);
    }

    // Both instances really shared Redis: neither logged a cache failure.
    for (const instance of [a!, b!]) expect(instance.logs()).not.toMatch(/redis cache (get|set) failed|redis cache unavailable/);
  });

  test("through the nginx micro-cache: a publish shows within its second; the newsroom, previews and cookie-setting replies are never shared", async () => {
    test.setTimeout(120_000);
    const [A, cache] = [a!.url, nginx!.cachedUrl];
    const login = await request(`${A}/api/admin/login`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: A },
      body: JSON.stringify({ email: "editor@meridian.local", password: "meridian-demo" }),
    });
    const cookie = String(login.headers["set-cookie"]).split(";")[0];
    const admin = async (method: string, pathname: string, body?: unknown) => {
      const reply = await request(`${A}${pathname}`, { method, headers: { cookie, origin: A, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
      expect(reply.status, `${method} ${pathname}: ${reply.body}`).toBeLessThan(300);
      return JSON.parse(reply.body);
    };
    const { categories } = await admin("GET", "/api/admin/categories");
    const draft = (title: string) =>
      admin("POST", "/api/admin/articles", {
        title,
        standfirst: "Read through the micro-cache.",
        categoryId: categories[0].id,
        bodyJson: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Micro-cache check." }] }] },
      });

    // The front page is shared: a second request within the second is a cache hit.
    const first = await request(`${cache}/`);
    expect(first.status).toBe(200);
    const again = [await request(`${cache}/`), await request(`${cache}/`)].map((r) => String(r.headers["x-micro-cache"]));
    expect(again.some((status) => status === "HIT" || status === "UPDATING"), again.join(", ")).toBe(true);

    // A publish shows through the cache once its one-second validity is over and the
    // background update (a fresh render, seconds on a loaded machine) has landed.
    const title = `Micro-cache probe ${Date.now()}`;
    const { article } = await draft(title);
    expect((await request(`${cache}/`)).body.includes(title)).toBe(false);
    await admin("POST", `/api/admin/articles/${article.id}/publish`, {});
    await expect.poll(async () => (await request(`${cache}/`)).body.includes(title), { timeout: 15_000, intervals: [250] }).toBe(true);
    const story = await request(`${cache}/news/${article.slug}`);
    expect([story.status, story.body.includes(title)]).toEqual([200, true]);

    // The newsroom is never cached: each request reaches an instance.
    for (const pathname of ["/admin", "/api/admin/categories"]) {
      for (let i = 0; i < 2; i++) {
        const reply = await request(`${cache}${pathname}`, { headers: { cookie } });
        expect(reply.status, pathname).toBeLessThan(400);
        expect(String(reply.headers["x-micro-cache"]), pathname).not.toMatch(/HIT/);
      }
    }

    // A preview is never shared: readers get the 404 (cached), the editor in draft mode the draft.
    const hidden = `Micro-cache draft ${Date.now()}`;
    const { article: unpublished } = await draft(hidden);
    const pathname = `/news/${unpublished.slug}`;
    expect((await request(`${cache}${pathname}`)).status).toBe(404);
    const enter = await request(`${A}/api/admin/preview/${unpublished.id}`, { headers: { cookie } });
    const bypass = ([] as string[]).concat(enter.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).find((c) => c.startsWith("__prerender_bypass="));
    expect(bypass, "preview sets the draft-mode cookie").toBeTruthy();
    for (let i = 0; i < 2; i++) {
      const preview = await request(`${cache}${pathname}`, { headers: { cookie: `${cookie}; ${bypass}` } });
      expect([preview.status, preview.body.includes(hidden)]).toEqual([200, true]);
    }
    const reader = await request(`${cache}${pathname}`);
    expect([reader.status, reader.body.includes(hidden)]).toEqual([404, false]);

    // A reply that sets a cookie is never shared; the same reply without one is.
    const cookies = [await request(`${cache}/__probe/cookie`), await request(`${cache}/__probe/cookie`)];
    expect(cookies[0].body).not.toBe(cookies[1].body);
    expect(cookies[1].headers["set-cookie"]).toBeTruthy();
    const plain = [await request(`${cache}/__probe/plain`), await request(`${cache}/__probe/plain`)];
    expect(plain[0].body).toBe(plain[1].body);
  });

  test("a feed reader's ETag from one instance is good on the other and through nginx", async () => {
    const [A, B, lb] = [a!.url, b!.url, nginx!.url];
    for (const encoding of ["gzip", "identity"]) {
      const first = await request(`${A}/feed.xml`, { headers: { "accept-encoding": encoding } });
      const etag = String(first.headers.etag ?? "");
      expect(etag, encoding).toMatch(/^"[^"]+"$/);
      // The shared cache hands B the same feed, which it encodes to the same bytes.
      for (const base of [B, lb, lb]) {
        const poll = await request(`${base}/feed.xml`, { headers: { "accept-encoding": encoding, "if-none-match": etag } });
        expect([poll.status, poll.body], `${encoding} poll through ${base}`).toEqual([304, ""]);
      }
    }
  });

  test("two instances polling the same wire source at the same moment store each agency item once", async () => {
    // A slow agency (one second per answer), so both polls are in flight together.
    const items = Array.from({ length: 30 }, (_, i) => `<item><guid>cluster-${i}</guid><title>Cluster wire item ${i} on canal repairs</title><description>LARKANA, Nov 20 (CWA): Canal repairs item ${i}.</description></item>`);
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Cluster agency</title>${items.join("")}</channel></rss>`;
    const agency = createServer((_req, res) => setTimeout(() => res.writeHead(200, { "Content-Type": "application/rss+xml" }).end(feed), 1000));
    await new Promise<void>((resolve) => agency.listen(0, "127.0.0.1", resolve));
    try {
      const sourceId = await adminDatabase(async (client) => {
        // Only this source is due.
        await client.query(`UPDATE "WireSource" SET "nextPollAt" = now() + interval '1 hour'`);
        const { rows } = await client.query(
          `INSERT INTO "WireSource" (name, agency, url, format, "categoryId", "updatedAt", "nextPollAt") VALUES ('Cluster agency', 'CWA', $1, 'rss', (SELECT min(id) FROM "Category"), now(), now() - interval '1 minute') RETURNING id`,
          [`http://127.0.0.1:${(agency.address() as AddressInfo).port}/feed.xml`],
        );
        return rows[0].id as number;
      }, databaseUrl);
      const cron = (base: string) => request(`${base}/api/cron/wire-poll`, { headers: { authorization: `Bearer ${CLUSTER_CRON_SECRET}` } });
      const replies = await Promise.all([cron(a!.url), cron(b!.url), cron(a!.url), cron(b!.url)]);
      expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      const outcomes = replies.flatMap((r) => (JSON.parse(r.body).polled as { id: number; ok: boolean; added?: number }[]).filter((p) => p.id === sourceId));
      // Exactly one poll fetched and stored; the others found the source leased (not due, or busy).
      expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
      expect(outcomes.find((o) => o.ok)).toMatchObject({ added: 30 });
      const counted = await adminDatabase(
        async (client) => (await client.query(`SELECT count(*)::int AS n, count(DISTINCT guid)::int AS guids FROM "WireItem" WHERE "sourceId" = $1`, [sourceId])).rows[0],
        databaseUrl,
      );
      expect(counted).toEqual({ n: 30, guids: 30 });
    } finally {
      agency.close();
    }
  });
});

