// The newsroom on a 390 px phone (issue 23, part 5): every page fits the
// screen without scrolling sideways (the editor opened on an existing story
// included), and the menu is a button that opens the full list of links.
import { test, type Page } from "@playwright/test";
import { expect, logIn } from "./newsroom-helpers";

test.use({ viewport: { width: 390, height: 844 } });

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test("every newsroom page fits 390 px, the editor on an existing story too", async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page, "admin");
  await page.goto("/admin/articles");
  const edit = page.locator('main a[href^="/admin/articles/"]').filter({ hasNotText: /new/i });
  const existing = (await edit.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))).find((h) =>
    /^\/admin\/articles\/\d+$/.test(h),
  );
  expect(existing, "a story to edit").toBeTruthy();
  await page.goto("/admin/pages");
  const pageEditor = await page
    .locator('main a[href^="/admin/pages/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!).find((h) => /^\/admin\/pages\/\d+$/.test(h)));
  expect(pageEditor, "a publisher page to edit").toBeTruthy();
  const pages = [
    "/admin/pages",
    pageEditor!,
    "/admin",
    "/admin/articles",
    "/admin/articles/new",
    existing!,
    `${existing}/revisions`,
    "/admin/categories",
    "/admin/topics",
    "/admin/authors",
    "/admin/media",
    "/admin/audit",
    "/admin/users",
    "/admin/tokens",
    "/admin/webhooks",
    "/admin/settings",
    "/admin/account",
  ];
  const wide: string[] = [];
  for (const path of pages) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    if (path === existing) await expect(page.locator(".ProseMirror")).toBeVisible();
    const width = await overflow(page);
    if (width > 390) wide.push(`${path}: ${width}px`);
  }
  expect(wide).toEqual([]);
});

test("the newsroom menu is a phone menu: a button opens every link, following one closes it", async ({ page }) => {
  await logIn(page, "admin");
  const menu = page.getByRole("button", { name: "Menu" });
  const nav = page.getByRole("navigation", { name: "Newsroom" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Settings" })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  // Every link on screen at once, none cut off at the edge.
  for (const name of ["Dashboard", "Articles", "New article", "Media", "Audit log", "Users", "Webhooks", "Settings"]) {
    const link = nav.getByRole("link", { name, exact: true });
    await expect(link).toBeVisible();
    const box = (await link.boundingBox())!;
    expect(box.x + box.width, name).toBeLessThanOrEqual(390);
  }
  await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
  await nav.getByRole("link", { name: "Media", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/media$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Settings" })).toBeHidden();
  expect(await overflow(page)).toBeLessThanOrEqual(390);
});
