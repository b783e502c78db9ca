// The newsroom's main path, end to end in a real browser against the production build:
// a contributor writes and submits, an editor reviews, edits and publishes, readers
// see it at once everywhere, two editors collide safely, and unpublishing removes it.
import { test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { expect, logIn } from "./newsroom-helpers";

test.describe.configure({ mode: "serial" });
// Several browser sessions per test on a shared 2-core machine.
test.setTimeout(180_000);

const stamp = Date.now().toString(36);
const title = `Relief convoys reach flooded Thar villages ${stamp}`;
let articleUrl = "";
let slug = "";

// Where a story travels besides its pages: search results for a word of its
// headline, the site feed, its section's feed and the sitemaps. Each is served
// from the cache, so a test reads it before a change (to cache it) and checks
// the requests after: within 10 s (a server action's answer can start before its
// revalidation ends), never the minute a kept cache entry would last.
const CACHED = [`/search?q=${stamp}`, "/feed.xml", "/feeds/category/pakistan/rss.xml", "/sitemaps/articles-1.xml", "/news-sitemap.xml"];

/** Which of CACHED link to the story (its slug holds `stamp`; the search page also shows it as the query). */
async function carrying(request: APIRequestContext): Promise<string[]> {
  const found: string[] = [];
  for (const path of CACHED) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    if (new RegExp(`/news/[^"<\\s]*${stamp}`).test(await res.text())) found.push(path);
  }
  return found;
}

// Feed readers and CDNs poll with the ETag they hold: while nothing changed the
// answer is 304 with no body; after a publish, the new version.
const POLLED = ["/feed.xml", "/category/pakistan"];

/** The ETag of each of POLLED, once asking again with it gives 304. */
async function heldValidators(request: APIRequestContext): Promise<Map<string, string>> {
  const held = new Map<string, string>();
  for (const path of POLLED) {
    // Again if the page changed between the two requests (re-rendered after its minute).
    await expect
      .poll(async () => {
        const tag = (await request.get(path)).headers().etag ?? "";
        held.set(path, tag);
        const again = await request.get(path, { headers: { "if-none-match": tag } });
        return [again.status(), (await again.body()).length];
      }, { message: path })
      .toEqual([304, 0]);
  }
  return held;
}

async function asRole(browser: Browser, role: "editor" | "admin" | "contributor"): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, role);
  return page;
}

test("a contributor writes a story and submits it for review", async ({ browser }) => {
  const page = await asRole(browser, "contributor");
  await page.getByRole("link", { name: "New article" }).first().click();
  await page.getByRole("textbox", { name: /^Title/ }).fill(title);
  await page.getByLabel("Standfirst").fill("Trucks carrying food and tents arrived after the road reopened.");
  await page.getByLabel("Dateline place").fill("Mithi");
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type("The first convoy reached Mithi on Tuesday morning.");
  await page.getByLabel("Category").selectOption({ label: "Pakistan" });
  await page.getByPlaceholder("Pick or create a topic").fill("Monsoon");
  await page.getByRole("button", { name: "Add", exact: true }).first().click();
  await expect(page.getByRole("button", { name: "Remove topic Monsoon" })).toBeVisible();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  articleUrl = new URL(page.url()).pathname;
  await expect(page.getByText("Version 1", { exact: true })).toBeVisible();
  // Contributors cannot publish.
  await expect(page.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status")).toContainText("Submitted for review");
  await expect(page.getByText("In review", { exact: true })).toBeVisible();
  await page.context().close();
});

test("an editor reviews, edits and publishes; readers see it at once", async ({ browser, request }) => {
  await expect.poll(() => carrying(request), { timeout: 10_000 }).toEqual([]);
  const held = await heldValidators(request);
  const page = await asRole(browser, "editor");
  await page.getByRole("region", { name: "Waiting for review" }).getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`${articleUrl}$`));
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Officials said more would follow.");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByRole("status")).toContainText("Published");
  await expect(page.getByText("Published", { exact: true })).toBeVisible();
  slug = await page.getByLabel("Slug").inputValue();

  const reader = await browser.newPage();
  await reader.goto(`/news/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.locator(".article-body")).toContainText("Officials said more would follow.");
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: title }).first()).toBeVisible();
  await reader.goto("/category/pakistan");
  await expect(reader.getByRole("link", { name: title }).first()).toBeVisible();
  // And on the page of the topic the contributor picked.
  await reader.goto("/topic/monsoon");
  await expect(reader.getByRole("link", { name: title }).first()).toBeVisible();
  await reader.close();
  // Searchers, feed readers and crawlers too, on their next request.
  await expect.poll(() => carrying(request), { timeout: 10_000 }).toEqual(CACHED);
  for (const [path, tag] of held) {
    const res = await request.get(path, { headers: { "if-none-match": tag } });
    expect(res.status(), path).toBe(200);
    expect(await res.text(), path).toContain(stamp);
    expect(res.headers().etag, path).not.toBe(tag);
  }
  await page.context().close();
});

test("two editors on one story: the second save gets the conflict and keeps its text", async ({ browser }) => {
  const first = await asRole(browser, "editor");
  const second = await asRole(browser, "admin");
  await first.goto(articleUrl);
  await second.goto(articleUrl);

  await first.getByLabel("Standfirst").fill("Standfirst from the first editor.");
  await first.getByRole("button", { name: "Save", exact: true }).click();
  await expect(first.getByRole("status")).toContainText("Saved");

  await second.getByLabel("Standfirst").fill("Standfirst from the second editor.");
  await second.getByRole("button", { name: "Save", exact: true }).click();
  await expect(second.getByTestId("conflict")).toContainText("someone else saved version");
  await expect(second.getByLabel("Standfirst")).toHaveValue("Standfirst from the second editor.");

  // The first editor's words are what readers see.
  const reader = await browser.newPage();
  await reader.goto(`/news/${slug}`);
  await expect(reader.getByText("Standfirst from the first editor.")).toBeVisible();
  await reader.close();
  await first.context().close();
  await second.context().close();
});

test("renaming a published story moves its old address with a 301", async ({ browser, request }) => {
  const page = await asRole(browser, "editor");
  await page.goto(articleUrl);
  const oldSlug = slug;
  const newSlug = `${oldSlug}-renamed`;
  await page.getByLabel("Slug").fill(newSlug);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  slug = newSlug;

  const moved = await request.get(`/news/${oldSlug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(new URL(moved.headers()["location"], "http://x").pathname).toBe(`/news/${newSlug}`);
  const reader = await browser.newPage();
  await reader.goto(`/news/${oldSlug}`);
  await expect(reader).toHaveURL(new RegExp(`/news/${newSlug}$`));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await reader.close();
  // The new address is the story itself, not a redirect.
  expect((await request.get(`/news/${newSlug}`, { maxRedirects: 0 })).status()).toBe(200);
  await page.context().close();
});

test("unpublishing removes the story everywhere", async ({ browser, request }) => {
  await expect.poll(() => carrying(request), { timeout: 10_000 }).toEqual(CACHED);
  const page = await asRole(browser, "editor");
  await page.goto(articleUrl);
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("status")).toContainText("Unpublished");

  const reader = await browser.newPage();
  const res = await reader.goto(`/news/${slug}`);
  expect(res?.status()).toBe(404);
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  await reader.goto("/category/pakistan");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  await reader.goto("/topic/monsoon");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  await reader.close();
  await expect.poll(() => carrying(request), { timeout: 10_000 }).toEqual([]);

  // The newsroom can still preview it exactly as readers would see it.
  await page.goto(`/api/admin/preview/${articleUrl.split("/").pop()}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.context().close();
});
