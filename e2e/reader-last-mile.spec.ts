// The reader's last mile (issue 23, parts 2-4): a 404 a reader without
// JavaScript can read, rails that never repeat a story, share links with the
// canonical URL and headline encoded right, and a print stylesheet.
import { copyFileSync, mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { leadStory, seeded } from "./reader-seed";

const storyLinks = (page: Page, section: string) =>
  page
    .locator(`[aria-labelledby="${section}"] a[href^="/news/"]`)
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));

test.describe("a 404 without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const path of [
    "/news/no-such-story",
    "/no/such/page",
    "/no-such-page",
    "/policies/no-such-policy",
    "/category/no-such-section",
    "/topic/no-such-topic/page/2",
  ]) {
    test(`${path} shows its heading, a search box and the latest stories in the HTML`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expect(page.getByRole("search", { name: "Search for a story" }).getByRole("searchbox")).toBeVisible();
      await expect(page.getByRole("heading", { name: "Latest Stories" })).toBeVisible();
      await expect(
        page.locator('[aria-labelledby="latest-stories"]').getByRole("link", { name: leadStory.title }),
      ).toBeVisible();
      // The reader's site header is there too (the menu of sections).
      await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
    });
  }

  test("a plain HTTP fetch finds the heading in the body", async ({ request }) => {
    for (const path of ["/news/no-such-story-at-all", "/missing/deep/path", "/missing-page", "/policies/missing-policy"]) {
      const res = await request.get(path);
      expect(res.status()).toBe(404);
      const html = await res.text();
      expect(html).toMatch(/<h1[^>]*>Page not found<\/h1>/);
      expect(html).toContain('name="q"');
      expect(html).not.toContain('id="__next_error__"');
    }
  });
});

test("an article page shows each story once, never itself, and its rails stay full", async ({ page }) => {
  // The lead story's section and topics are the newest of the seed: every rail's
  // first candidates are also in Recent Stories (overlapping candidates).
  const story = seeded.published[2];
  await page.goto(`/news/${story.slug}`);
  // A card links its story twice (image and headline): count stories, not links.
  const recent = [...new Set(await storyLinks(page, "recent-stories"))];
  const more = [...new Set(await storyLinks(page, "more-from-category"))];
  const related = [...new Set(await storyLinks(page, "related-stories"))];
  expect([recent.length, more.length, related.length]).toEqual([12, 4, 4]);
  const stories = [...recent, ...more, ...related];
  expect(new Set(stories).size).toBe(stories.length);
  expect(stories).not.toContain(`/news/${story.slug}`);
});

test.describe("sharing", () => {
  test("share links carry the canonical URL and the headline, encoded, under the headline and at the end", async ({
    page,
  }) => {
    await page.goto(`/news/${leadStory.slug}`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical).toMatch(/^https?:\/\/.+\/news\//);
    const bars = page.getByRole("group", { name: "Share" });
    await expect(bars).toHaveCount(2);
    for (const bar of await bars.all()) {
      const link = (name: string) => bar.getByRole("link", { name, exact: true });
      const href = async (name: string) => new URL((await link(name).getAttribute("href"))!);
      expect((await href("Share on X")).searchParams.get("url")).toBe(canonical);
      expect((await href("Share on X")).searchParams.get("text")).toBe(leadStory.title);
      expect((await href("Share on Facebook")).searchParams.get("u")).toBe(canonical);
      expect((await href("Share on WhatsApp")).searchParams.get("text")).toBe(`${leadStory.title} ${canonical}`);
      expect((await href("Share on LinkedIn")).searchParams.get("url")).toBe(canonical);
      const mail = await href("Share by Email");
      expect(mail.protocol).toBe("mailto:");
      expect(mail.searchParams.get("subject")).toBe(leadStory.title);
      expect(mail.searchParams.get("body")).toBe(`${leadStory.title}\n\n${canonical}`);
      await expect(link("Copy link")).toHaveAttribute("href", canonical!);
    }
    // No script or frame from a network.
    const foreign = await page
      .locator("script[src], iframe")
      .evaluateAll((els) =>
        els.map((e) => (e as HTMLScriptElement).src).filter((src) => src && new URL(src).origin !== location.origin),
      );
    expect(foreign).toEqual([]);
  });

  test("copy link puts the canonical URL on the clipboard and says so", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`/news/${leadStory.slug}`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    const bar = page.locator('[data-share="end"]');
    await bar.getByRole("link", { name: "Copy link" }).click();
    await expect(bar.getByRole("status")).toHaveText("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await expect(page).toHaveURL(new RegExp(`/news/${leadStory.slug}$`));
  });
});

test("printing a story shows the story and its address, without menu, rails, ticker or share bars", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1000, height: 1200 });
  await page.goto(`/news/${leadStory.slug}`);
  // The lead story is breaking: the ticker is on screen before printing.
  await expect(page.locator("[data-ticker]")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(leadStory.title);
  await expect(page.locator("article .byline")).toBeVisible();
  await expect(page.locator(".article-body .dateline, .article-body p").first()).toBeVisible();
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  await expect(page.locator("article").getByText(canonical!, { exact: true })).toBeVisible();
  for (const hidden of [
    page.getByRole("navigation", { name: "Sections" }),
    page.locator("[data-ticker]"),
    page.getByRole("group", { name: "Share" }).first(),
    page.getByRole("heading", { name: "Recent Stories" }),
    page.locator('[aria-labelledby="more-from-category"]'),
    page.locator('[aria-labelledby="related-stories"]'),
    page.locator("body > footer"),
  ]) {
    await expect(hidden).toBeHidden();
  }
  const shot = testInfo.outputPath("print.png");
  await page.screenshot({ path: shot, fullPage: true });
  if (process.env.SHOTS_DIR) {
    mkdirSync(process.env.SHOTS_DIR, { recursive: true });
    copyFileSync(shot, `${process.env.SHOTS_DIR}/article-print.png`);
  }
  // On screen again, the share bars are back.
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("group", { name: "Share" }).first()).toBeVisible();
});
