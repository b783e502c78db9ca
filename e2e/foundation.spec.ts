import { expect, test } from "@playwright/test";

test.describe("foundation: the seeded portal", () => {
  test("front page lists published stories and no unpublished ones", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    const headlines = page.locator("main article h3");
    expect(await headlines.count()).toBeGreaterThan(15);
    const text = await page.locator("main").innerText();
    // The seed prefixes unpublished titles with their status.
    for (const label of ["Draft:", "In review:", "Scheduled:", "Archived:"]) {
      expect(text).not.toContain(label);
    }
    await expect(page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "World" })).toBeVisible();
  });

  test("a story opens from the front page", async ({ page }) => {
    await page.goto("/");
    // The lead story (its headline is the page's first h2 inside a story card).
    const first = page.locator("main article :is(h2, h3) a").first();
    const title = (await first.innerText()).trim();
    await first.click();
    await expect(page).toHaveURL(/\/news\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator(".article-body p").nth(3)).toBeVisible();
  });

  test("a missing story is a 404 page", async ({ page }) => {
    const response = await page.goto("/news/this-story-does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("not found");
  });
});
