import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { leadStory } from "./reader-seed";

test.describe("reader: theme and accessibility", () => {
  test("the dark mode toggle is remembered across reloads", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/");
    const html = page.locator("html");
    await expect(html).not.toHaveClass(/dark/);
    const toggle = page.getByRole("button", { name: "Dark mode" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(html).toHaveClass(/dark/);
    await page.reload();
    await expect(html).toHaveClass(/dark/);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await page.goto("/category/world");
    await expect(html).toHaveClass(/dark/);
    await toggle.click();
    await page.reload();
    await expect(html).not.toHaveClass(/dark/);
  });

  test("follows the system setting when no choice was made", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    await expect(page.locator("html")).toHaveClass(/dark/);
    // Also on a 404 (which Next renders in the browser).
    await page.goto("/news/no-such-story");
    await expect(page.locator("html")).toHaveClass(/dark/);
  });

  test("has a skip link to the main content", async ({ page }) => {
    await page.goto(`/news/${leadStory.slug}`);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await expect(page.locator("main#main")).toHaveCount(1);
  });

  const pages = {
    home: "/",
    article: `/news/${leadStory.slug}`,
    category: "/category/world",
    topic: "/topic/youth",
    author: "/author/danish-kazmi",
    search: "/search?q=flood",
    "404": "/news/no-such-story",
  };
  // Every page in light; in dark the pages with the most colour variety (dark
  // shares the markup, so only contrast can differ).
  const runs = { light: Object.keys(pages), dark: ["home", "article", "search"] } as const;
  // One test per page, so a slow machine gives each page its own time budget.
  for (const scheme of ["light", "dark"] as const) {
    for (const name of runs[scheme]) {
      test(`axe finds no serious or critical problems and no skipped heading level: ${name} (${scheme})`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
        await page.goto(pages[name as keyof typeof pages]);
        await page.locator("time[data-relative]").first().waitFor({ state: "attached", timeout: 5000 }).catch(() => {});
        const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]);
        const result = await builder.analyze();
        // Serious and critical problems, plus heading-order (moderate in axe): a
        // screen reader user navigates by headings, and a skipped level (an h3
        // right under the h1) hides where a section starts. Lighthouse counts it.
        // And landmark-unique (moderate): two search regions with one name
        // (header and page) cannot be told apart in a landmark list.
        const problems = result.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "heading-order" || v.id === "landmark-unique")
          .map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
        expect(problems).toEqual([]);
      });
    }
  }
});

test.describe("reader: a clean page load", () => {
  test("front and article pages load with no browser errors, and the site has an icon", async ({ page, request }) => {
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
    await page.goto("/");
    await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /icon/);
    await page.goto(`/news/${leadStory.slug}`);
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);

    const favicon = await request.get("/favicon.ico");
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()["content-type"]).toMatch(/image/);
  });
});
