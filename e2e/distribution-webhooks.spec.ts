// Admins register webhooks in the newsroom; nobody else can. (Delivery,
// signatures and retries against a real receiver: test/webhooks.test.ts.)
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
});
