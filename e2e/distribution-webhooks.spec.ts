// Admins register webhooks in the newsroom; nobody else can. (Delivery,
// signatures and retries against a real receiver: test/webhooks.test.ts.)
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./newsroom-helpers";

// Like newsroom-helpers' logIn, with room for a cold server on a busy machine
// (the first login hashes a password and renders the dashboard for the first time).
async function logIn(page: Page, role: "admin" | "editor") {
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(`${role}@meridian.local`);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible({ timeout: 20_000 });
}

test.describe("distribution: webhooks in the newsroom", () => {
  test("an admin registers a webhook and sees its secret and the delivery log", async ({ page }) => {
    await logIn(page, "admin");
    await page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    await page.getByLabel("URL").fill("ftp://partner.example.org/hook");
    await page.getByRole("button", { name: "Add webhook" }).click();
    // The browser refuses a non-URL itself; the server refuses non-http(s) schemes.
    await expect(page.getByRole("alert").filter({ hasText: "http(s) URL" })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText("No webhooks yet.")).toBeVisible();

    // A fresh form (React resets a submitted action form once it settles).
    await page.goto("/admin/webhooks");

    await page.getByLabel("URL").fill("https://partner.example.org/meridian-hook");
    await page.getByRole("checkbox", { name: "article.updated" }).uncheck();
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Webhook added." })).toBeVisible({ timeout: 15_000 });
    const item = page.getByRole("listitem").filter({ hasText: "https://partner.example.org/meridian-hook" });
    await expect(item).toContainText("article.published, article.unpublished");
    await item.getByText("Signing secret").click();
    await expect(item.locator("code")).toHaveText(/^[0-9a-f]{64}$/);
    await expect(page.getByRole("heading", { name: "Delivery log" })).toBeVisible();
  });

  test("an editor cannot open the webhooks page", async ({ page }) => {
    await logIn(page, "editor");
    await expect(page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Webhooks" })).toHaveCount(0);
    await page.goto("/admin/webhooks");
    await expect(page).toHaveURL(/\/admin\?denied=admin/, { timeout: 15_000 });
  });

  test("a scheduled story that goes live by itself is announced once, on the next reads, with no cron", async ({ page, baseURL }) => {
    // A receiver in the test process (the e2e server allows 127.0.0.1 via WEBHOOK_ALLOW_PRIVATE=1).
    const events: { event: string; article: { id: number } }[] = [];
    const receiver = createServer((request, response) => {
      let body = "";
      request.on("data", (c: Buffer) => (body += c.toString()));
      request.on("end", () => {
        events.push(JSON.parse(body));
        response.writeHead(200).end("ok");
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    try {
      await logIn(page, "admin");
      const headers = { Origin: baseURL!, "Content-Type": "application/json" };
      const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      expect((await page.request.post("/api/admin/webhooks", { headers, data: { url: hookUrl, events: ["article.published"] } })).status()).toBe(201);
      const categories = await (await page.request.get("/api/admin/categories")).json();
      const created = await page.request.post("/api/admin/articles", {
        headers,
        data: {
          title: "Budget vote set for the afternoon session",
          categoryId: categories.categories[0].id,
          bodyJson: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Lawmakers meet at two." }] }] },
        },
      });
      const { article } = (await created.json()) as { article: { id: number; slug: string } };
      // Far enough ahead that the schedule call is never late for it on a loaded machine.
      const publishAt = new Date(Date.now() + 15_000);
      expect((await page.request.post(`/api/admin/articles/${article.id}/schedule`, { headers, data: { publishAt: publishAt.toISOString() } })).status()).toBe(200);

      // Readers keep reading; once the moment has passed, their requests (not a
      // cron, not a write) make the portal send the event.
      const reader = await page.context().browser()!.newContext();
      await expect
        .poll(
          async () => {
            await reader.request.get("/api/v1/articles");
            return events.filter((e) => e.article.id === article.id).length;
          },
          { timeout: 60_000, intervals: [1_000] },
        )
        .toBeGreaterThan(0);
      // More reads later do not announce it again.
      for (let i = 0; i < 3; i++) {
        await reader.request.get("/");
        await reader.request.get(`/news/${article.slug}`);
        await page.waitForTimeout(2_000);
      }
      await reader.close();
      expect(events.filter((e) => e.article.id === article.id).map((e) => e.event)).toEqual(["article.published"]);
    } finally {
      receiver.close();
    }
  });
});
