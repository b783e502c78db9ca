import { expect, test } from "@playwright/test";
import { leadStory } from "./reader-seed";

test.describe("reader on a phone", () => {
  test("the article reads well at phone width", async ({ page }) => {
    await page.goto(`/news/${leadStory.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(leadStory.title);
    await expect(page.locator("article .byline")).toBeVisible();
    await expect(page.getByTestId("published")).toBeVisible();
    await expect(page.locator(".article-body p").first()).toContainText(`${leadStory.datelinePlace}, (`);
    await expect(page.getByRole("heading", { name: "Recent Stories" })).toBeAttached();
    // Nothing wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The header's search box is in the phone menu.
    const searchbox = page.locator("#phone-search");
    await expect(searchbox).toBeHidden();
    const menu = page.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("navigation", { name: "Site menu" }).getByRole("link", { name: "World" })).toBeVisible();
    await searchbox.fill("cricket");
    await searchbox.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=cricket/);
  });
});
