// Database outage (Postgres, under `npm run test:pg`): the test stops the
// database server and starts it again. Cached pages keep being served, pages
// that need the database get a 503 with Retry-After, writes get a clear error
// and save nothing, and everything works again with no restart.
import { expect, test } from "@playwright/test";
import { controlPostgres } from "@/app/_cli/postgres-server";
import { request } from "./production-helpers";

const pgdata = process.env.TEST_POSTGRES_DATADIR;

test.describe("production: database outage", () => {
  test.skip(!pgdata, "needs the throwaway Postgres server of `npm run test:pg`");

  test("cached pages survive, the rest answer 503 with Retry-After, and the portal recovers by itself", async ({
    baseURL,
    page: browserPage,
  }) => {
    test.setTimeout(120_000);
    const front = await request(`${baseURL}/`);
    expect(front.status).toBe(200);
    const stories = [...new Set([...front.body.matchAll(/href="(\/news\/[a-z0-9-]+)"/g)].map((m) => m[1]))];
    const [cachedStory, uncachedStory] = [stories[0], stories.at(-1)!];
    expect((await request(`${baseURL}${cachedStory}`)).status).toBe(200);
    const login = () =>
      request(`${baseURL}/api/admin/login`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: baseURL! },
        body: JSON.stringify({ email: "editor@meridian.local", password: "meridian-demo" }),
      });

    controlPostgres(pgdata!, "stop");
    try {
      // Cached: still served, same page.
      const again = await request(`${baseURL}/`);
      expect(again.status).toBe(200);
      expect((await request(`${baseURL}${cachedStory}`)).status).toBe(200);

      const ready = await request(`${baseURL}/api/health/ready`);
      expect(ready.status).toBe(503);

      // Never rendered before: needs the database.
      const page = await request(`${baseURL}${uncachedStory}`);
      expect(page.status).toBe(503);
      expect(Number(page.headers["retry-after"])).toBeGreaterThan(0);
      // Readable without JavaScript: the outage page is in the HTML (app/_server/outage-page.cjs).
      expect(page.body).toContain("<h1>This page is temporarily unavailable</h1>");
      expect(page.body).toContain('name="q"');
      // A reader with a browser gets the same page.
      const shown = await browserPage.goto(`${baseURL}${uncachedStory}`);
      expect(shown?.status()).toBe(503);
      await expect(browserPage.getByRole("heading", { name: "This page is temporarily unavailable" })).toBeVisible();

      // A write is refused with a 503 (nothing half-saved: it runs in one transaction).
      const write = await login();
      expect(write.status).toBe(503);
      expect(write.headers["retry-after"]).toBeTruthy();
    } finally {
      controlPostgres(pgdata!, "start");
    }

    // Back without a restart: the pool reconnects on the next queries.
    await expect.poll(async () => (await request(`${baseURL}/api/health/ready`)).status, { timeout: 30_000 }).toBe(200);
    const page = await request(`${baseURL}${uncachedStory}`);
    expect(page.status).toBe(200);
    expect((await login()).status).toBe(200);
  });
});
