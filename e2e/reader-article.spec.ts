import { expect, test } from "@playwright/test";
import { correctedStory, escapeRegExp, leadStory, RELATIVE, updatedStory } from "./reader-seed";

const PUBLISHED_LINE = /^Published (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4} \| (0[1-9]|1[0-2]):[0-5]\d (AM|PM)$/;

test.describe("reader: the article page", () => {
  test("shows the wire-news anatomy, element by element", async ({ page }) => {
    const beacon = page.waitForResponse((r) => r.url().endsWith("/api/views") && r.request().method() === "POST");
    const response = await page.goto(`/news/${leadStory.slug}`);
    expect(response?.status()).toBe(200);

    // Header: sections in menu order, search, breaking ticker.
    const sections = page.getByRole("navigation", { name: "Sections" }).getByRole("link");
    await expect(sections.first()).toHaveText("Home");
    await expect(sections.nth(1)).toHaveText("Pakistan");
    await expect(sections.nth(2)).toHaveText("World");
    await expect(page.getByRole("search").first()).toBeVisible();
    const ticker = page.getByRole("region", { name: "Breaking news" });
    await expect(ticker.getByRole("link")).toHaveAttribute("href", /^\/news\//);

    // One h1, the standfirst.
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(leadStory.title);
    await expect(page.getByText(leadStory.standfirst, { exact: true })).toBeVisible();

    // Byline: author page links and @handle links to X.
    const byline = page.locator("article .byline");
    await expect(byline).toContainText(/^By /);
    const authorLinks = byline.locator('a[href^="/author/"]');
    expect(await authorLinks.count()).toBe(leadStory.authorSlugs.length);
    await expect(authorLinks.first()).toHaveAttribute("href", `/author/${leadStory.authorSlugs[0]}`);
    const handle = byline.locator('a[href^="https://x.com/"]').first();
    const handleText = (await handle.innerText()).trim();
    expect(handleText).toMatch(/^@\w+$/);
    await expect(handle).toHaveAttribute("href", `https://x.com/${handleText.slice(1)}`);

    // Published line in the site time zone, in a <time datetime>.
    const published = page.getByTestId("published");
    await expect(published).toHaveText(PUBLISHED_LINE);
    const datetime = await published.locator("time").getAttribute("datetime");
    expect(new Date(datetime!).toISOString()).toBe(datetime);

    // Hero with caption and credit, when the story has one.
    if (leadStory.imageIndex !== null) {
      await expect(page.locator("article figure img").first()).toHaveAttribute("alt", /.+/);
      await expect(page.locator("article figure figcaption").first()).toContainText("Photo:");
    }

    // The dateline runs into the first paragraph.
    const first = page.locator(".article-body p").first();
    const dateline = new RegExp(
      `^${escapeRegExp(leadStory.datelinePlace)}, \\((${escapeRegExp(leadStory.sourceAgency)} - )?Meridian News - \\d{1,2}(st|nd|rd|th) [A-Z][a-z]{2}, \\d{4}\\) \\S`,
    );
    await expect(first).toHaveText(dateline);
    expect(await page.locator(".article-body p").count()).toBeGreaterThan(3);

    // Recent stories with relative times (made in the browser).
    const recent = page.getByRole("complementary").filter({ has: page.getByRole("heading", { name: "Recent Stories" }) });
    const times = recent.locator("time[data-relative]");
    await expect(times).toHaveCount(12);
    const labels = await times.allInnerTexts();
    for (const label of labels) expect(label).toMatch(RELATIVE);
    expect(labels.some((l) => /minutes? ago/.test(l))).toBe(true);
    expect(labels.some((l) => /hours? ago/.test(l))).toBe(true);
    await expect(recent.getByRole("link", { name: leadStory.title, exact: true })).toHaveCount(0);

    // More from the section, with a link to it; related stories.
    const more = page.getByRole("heading", { name: "More Stories From Pakistan" });
    await expect(more.getByRole("link")).toHaveAttribute("href", "/category/pakistan");
    await expect(page.getByRole("region", { name: "More Stories From Pakistan" }).locator("article")).not.toHaveCount(0);
    await expect(page.getByRole("region", { name: "Related Stories" }).locator("article")).not.toHaveCount(0);

    // The view beacon fired.
    const counted = await beacon;
    expect(counted.status()).toBe(204);
    expect(counted.request().postDataJSON()).toEqual({ articleId: expect.any(Number) });

    // Related topics go to topic pages.
    const topics = page.getByRole("region", { name: "Related Topics" }).getByRole("link");
    expect(await topics.count()).toBe(leadStory.topicSlugs.length);
    const topicName = (await topics.first().innerText()).trim();
    await expect(topics.first()).toHaveAttribute("href", `/topic/${leadStory.topicSlugs[0]}`);
    await topics.first().click();
    await expect(page).toHaveURL(new RegExp(`/topic/${leadStory.topicSlugs[0]}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(topicName);
  });

  test("shows a correction note and an updated time", async ({ page }) => {
    await page.goto(`/news/${correctedStory.slug}`);
    await expect(page.getByRole("complementary", { name: "Correction" })).toContainText("An earlier version of this story");
    await expect(page.getByTestId("updated")).toHaveCount(0);

    await page.goto(`/news/${updatedStory.slug}`);
    await expect(page.getByTestId("updated")).toHaveText(/Updated (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4} \| \d{2}:\d{2} (AM|PM)$/);
  });

  test("the author link opens the author's page with bio and social links", async ({ page }) => {
    await page.goto(`/news/${leadStory.slug}`);
    await page.locator('article .byline a[href^="/author/"]').first().click();
    await expect(page).toHaveURL(new RegExp(`/author/${leadStory.authorSlugs[0]}$`));
    await expect(page.locator("header img[alt]").first()).toBeVisible();
    await expect(page.getByRole("list", { name: /elsewhere/ }).getByRole("link").first()).toHaveAttribute("href", /^https:\/\/x\.com\//);
    await expect(page.locator("main article h3").first()).toBeVisible();
  });
});
