import { expect, test } from "@playwright/test";
import { leadStory, UNPUBLISHED_PREFIXES } from "./reader-seed";

test.describe("reader: search", () => {
  test("finds stories by headline words, ranked, with the words highlighted", async ({ page }) => {
    const word = leadStory.title.split(/\s+/).find((w) => /^[A-Za-z]{6,}$/.test(w))!;
    const res = await page.goto(`/search?q=${encodeURIComponent(word)}`);
    expect(res?.status()).toBe(200);
    await expect(page.getByTestId("search-summary")).toContainText(/\d+ stor(y|ies) match/);
    const results = page.locator("main ol > li");
    expect(await results.count()).toBeGreaterThan(0);
    const marks = await page.locator("main ol mark").allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.toLowerCase()).toContain(word.toLowerCase());
    // A headline match ranks first.
    await expect(results.first().locator("h2 mark").first()).toBeVisible();
    await expect(page).toHaveTitle(/Search/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });

  test("paginates results", async ({ page }) => {
    await page.goto("/search?q=the");
    const links = () => page.locator("main ol h2 a").evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    const one = await links();
    expect(one).toHaveLength(10);
    await page.getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(/page=2/);
    const two = await links();
    expect(two.length).toBeGreaterThan(0);
    expect(two.filter((t) => one.includes(t))).toEqual([]);
  });

  test("is sensible with no query and with no hits", async ({ page }) => {
    await page.goto("/search");
    await expect(page.getByText("Search every story by words")).toBeVisible();
    await page.goto("/search?q=zzqxjvwk");
    await expect(page.getByText("No stories match")).toBeVisible();
  });

  test("never fails on odd input", async ({ page, request }) => {
    test.setTimeout(90_000);
    const odd = [
      '"',
      '"unbalanced quote',
      "AND",
      "flood OR NOT rain",
      "NEAR(flood rain, 2)",
      "*",
      "infl*",
      "^title:oil",
      "'; DROP TABLE Article; --",
      "x".repeat(3000),
      "سیلاب کراچی",
      "تعليم",
      "中国 经济",
      "🙂🙂",
      "%",
    ];
    for (const [i, q] of odd.entries()) {
      const res = await request.get(`/search?q=${encodeURIComponent(q)}&page=${["-3", "2x", "99999", ""][i % 4]}`);
      expect(res.status(), q).toBe(200);
      const html = await res.text();
      expect(html, q).toContain(">Search</h1>");
      expect(html, q).not.toContain("temporarily unavailable");
    }
    // Typed markup is shown as text, never run or rendered.
    let dialog = false;
    page.on("dialog", (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto(`/search?q=${encodeURIComponent("<script>alert(1)</script> <b>flood</b>")}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
    await expect(page.locator("main script, main b")).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("searchbox")).toHaveValue("<script>alert(1)</script> <b>flood</b>");
    expect(dialog).toBe(false);
  });

  test("never shows unpublished stories", async ({ page }) => {
    for (const q of ["draft", "review", "scheduled", "archived", ...new Set(seededWords())]) {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      const text = await page.locator("main").innerText();
      for (const prefix of UNPUBLISHED_PREFIXES) expect(text, q).not.toContain(prefix);
    }
  });
});

// Distinctive words from the unpublished headlines (each also used by published ones).
function seededWords() {
  return leadStory.title
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]{5,}$/.test(w))
    .slice(0, 2);
}
