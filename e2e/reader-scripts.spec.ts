import { expect, test, type Page } from "@playwright/test";
import { logIn } from "./newsroom-helpers";
import { leadStory, RELATIVE, seeded } from "./reader-seed";

// Reader pages come without Next's client runtime: their few behaviours are
// one small inline script (app/_lib/reader-islands.ts). These tests check
// both that nothing else is loaded and that the behaviours still work, and
// that the same script runs after hydration where the runtime stays (a 404).

const breaking = seeded.published.filter((a) => a.isBreaking);

function scriptsLoaded(page: Page) {
  const urls: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") urls.push(r.url());
  });
  return urls;
}

test.describe("reader pages without the framework's JavaScript", () => {
  test("the front page and an article load no script files and carry no hydration data; the newsroom keeps its runtime", async ({ page, request }) => {
    const scripts = scriptsLoaded(page);
    for (const path of ["/", `/news/${leadStory.slug}`, "/category/world", "/search?q=the"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      await page.waitForLoadState("networkidle");
      const html = await res!.text();
      expect(html, path).not.toContain("self.__next_f");
      expect(html, path).toContain('<script id="reader-islands">');
      await expect(page.locator("time[data-relative]").first(), path).toHaveText(RELATIVE);
    }
    expect(scripts).toEqual([]);
    const login = await request.get("/admin/login");
    expect(await login.text()).toMatch(/<script src="\/_next\/static\/chunks\/[^"]+\.js"/);
  });

  test("the newsroom's View site link loads the front page as a reader gets it, not inside the newsroom's client router", async ({ page }) => {
    await logIn(page, "editor");
    await page.getByRole("link", { name: "View site" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("script#reader-islands")).toHaveCount(1);
    // A client-side navigation would keep the newsroom's document and its framework scripts.
    expect(await page.locator('script[src*="/_next/static/"]').count()).toBe(0);
    expect(await page.evaluate(() => "__next_f" in window)).toBe(false);
    await expect(page.locator("time[data-relative]").first()).toHaveText(RELATIVE);
  });

  test("the breaking ticker rotates its fresh stories every 6 seconds and can be paused", async ({ page }) => {
    expect(breaking.length).toBeGreaterThanOrEqual(2);
    await page.clock.install();
    await page.goto("/");
    const ticker = page.getByRole("region", { name: "Breaking news" });
    const link = ticker.getByRole("link");
    await expect(link).toHaveText(breaking[0].title);
    await expect(link).toHaveAttribute("href", `/news/${breaking[0].slug}`);
    await page.clock.runFor(6_000);
    await expect(link).toHaveText(breaking[1].title);
    await expect(link).toHaveAttribute("href", `/news/${breaking[1].slug}`);
    const pause = ticker.getByRole("button", { name: "Pause" });
    await expect(pause).toHaveAttribute("aria-pressed", "false");
    await pause.click();
    await expect(ticker.getByRole("button", { name: "Play" })).toHaveAttribute("aria-pressed", "true");
    await page.clock.runFor(30_000);
    await expect(link).toHaveText(breaking[1].title);
  });

  test("a page cached before the breaking window ran out shows no ticker", async ({ page }) => {
    await page.clock.install({ time: Date.now() + 7 * 24 * 3_600_000 });
    await page.goto(`/news/${leadStory.slug}`);
    await expect(page.locator("time[data-relative]").first()).toHaveText(/days? ago$/);
    await expect(page.getByRole("region", { name: "Breaking news" })).toHaveCount(0);
  });
});

test.describe("reader pages with Next's runtime (a 404 is drawn in the browser)", () => {
  test("the same behaviours work after hydration", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    const scripts = scriptsLoaded(page);
    const res = await page.goto("/news/this-story-does-not-exist");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    expect(scripts.some((u) => u.includes("/_next/static/chunks/"))).toBe(true);
    const latest = page.getByRole("region", { name: "Latest Stories" });
    await expect(latest.locator("time[data-relative]").first()).toHaveText(RELATIVE);
    const toggle = page.getByRole("button", { name: "Dark mode" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
  });
});
