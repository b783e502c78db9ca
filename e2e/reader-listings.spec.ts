import { expect, test, type Page } from "@playwright/test";
import { RELATIVE } from "./reader-seed";

// Story links (hrefs, since two stories can share a headline).
const headlines = (page: Page) => page.locator("main article h3 a").evaluateAll((els) => els.map((e) => e.getAttribute("href")));
/** The listing's stories are newest first (each card's publication time). */
async function expectNewestFirst(page: Page) {
  const times = await page.locator("main article time").evaluateAll((els) => els.map((e) => new Date(e.getAttribute("datetime")!).getTime()));
  expect(times.length).toBeGreaterThan(1);
  expect(times, page.url()).toEqual([...times].sort((a, b) => b - a));
}

test.describe("reader: front page and listings", () => {
  test("the front page has a lead, top stories, latest, most read and a section per category", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("main article h3").first()).toBeVisible();
    for (const name of ["Top Stories", "Latest News", "Most Read", "Pakistan", "World", "Education"]) {
      await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("heading", { level: 2, name: "World" }).getByRole("link")).toHaveAttribute("href", "/category/world");
  });

  test("category pages paginate with stable URLs, newest first", async ({ page }) => {
    const first = await page.goto("/category/world");
    expect(first?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("World");
    const one = await headlines(page);
    expect(one).toHaveLength(12);
    await expectNewestFirst(page);

    await page.getByRole("link", { name: "Older →" }).click();
    await expect(page).toHaveURL(/\/category\/world\/page\/2$/);
    const two = await headlines(page);
    await expectNewestFirst(page);
    expect(two.length).toBeGreaterThan(0);
    expect(two.filter((t) => one.includes(t))).toEqual([]);

    // Older pages say how old their stories are, in the browser.
    const last = (await page.locator("main article time[data-relative]").allInnerTexts()).at(-1)!;
    expect(last).toMatch(RELATIVE);
    expect(last).toMatch(/days? ago/);

    // Newest first: page 1's first story is newer than page 2's first.
    const pageTwoFirst = await page.locator("main article time").first().getAttribute("datetime");
    await page.getByRole("link", { name: "← Newer" }).click();
    await expect(page).toHaveURL(/\/category\/world$/);
    const pageOneFirst = await page.locator("main article time").first().getAttribute("datetime");
    expect(new Date(pageOneFirst!).getTime()).toBeGreaterThan(new Date(pageTwoFirst!).getTime());
  });

  test("/page/1 redirects to the listing; pages out of range or not numbers are 404", async ({ page, request }) => {
    await page.goto("/category/world/page/1");
    await expect(page).toHaveURL(/\/category\/world$/);
    const redirect = await request.get("/topic/youth/page/1", { maxRedirects: 0 });
    expect([301, 308]).toContain(redirect.status());
    expect(redirect.headers()["location"]).toMatch(/\/topic\/youth$/);
    for (const path of ["/category/world/page/99", "/category/world/page/0", "/category/world/page/two", "/topic/youth/page/50", "/author/danish-kazmi/page/40", "/category/no-such-section", "/topic/no-such-topic", "/author/nobody"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
    }
  });

  test("topic and author pages list their stories, page 2 differs from page 1", async ({ page }) => {
    test.setTimeout(60_000); // six page loads
    for (const base of ["/topic/youth", "/author/danish-kazmi"]) {
      await page.goto(base);
      const one = await headlines(page);
      expect(one).toHaveLength(12);
      await expectNewestFirst(page);
      await page.goto(`${base}/page/2`);
      const two = await headlines(page);
      expect(two).toHaveLength(12);
      await expectNewestFirst(page);
      expect(two.filter((t) => one.includes(t))).toEqual([]);
      await expect(page.getByRole("link", { name: "← Newer" })).toHaveAttribute("href", base);
    }
    await page.goto("/topic/youth");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Youth");
    await page.goto("/author/danish-kazmi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Danish Kazmi");
    await expect(page.getByText("data reporter")).toBeVisible();
  });

  test("a missing page shows the reader 404 with search and the latest stories", async ({ page }) => {
    for (const path of ["/news/this-story-does-not-exist", "/no/such/page"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
      await expect(page.getByRole("main").getByRole("search")).toBeVisible();
      await expect(page.getByRole("region", { name: "Latest Stories" }).getByRole("link")).toHaveCount(8);
    }
    await page.getByRole("main").getByRole("searchbox").fill("cricket");
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=cricket/);
  });
});

test.describe("reader: view counting", () => {
  test("the view endpoint validates its input", async ({ request }) => {
    const bad = await request.post("/api/views", { data: { articleId: "x" } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: "invalid_input", fields: { articleId: expect.any(String) } });
    const notJson = await request.post("/api/views", { data: Buffer.from("{not json"), headers: { "content-type": "application/json" } });
    expect(notJson.status()).toBe(400);
    expect((await notJson.json()).error.code).toBe("invalid_json");
    const unknown = await request.post("/api/views", { data: { articleId: 987654 } });
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.code).toBe("not_found");
  });
});
