// The Urdu edition as a reader meets it: a right-to-left page in Urdu from the
// server's first byte, Nastaliq type that is loaded (and only here) and never
// clipped, Urdu dates and relative times, the language switch and reciprocal
// hreflang alternates between a story and its translation, no accessibility
// problems and no sideways scrolling on a phone. It finds its stories on the
// Urdu front page (the demo seed's Urdu desk), so it names no slug.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { logIn } from "./newsroom-helpers";

const URDU_MONTH = /(جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر)/;
const LATIN_DIGITS = /[0-9]/;
// "25 منٹ پہلے", "3 گھنٹے پہلے", "2 دنوں پہلے", "ابھی ابھی" (digits as the site setting says: Latin by default).
const URDU_RELATIVE = /^(ابھی ابھی|[0-9]+ [\u0600-\u06FF]+ پہلے)$/;

/** The Urdu stories linked from the Urdu front page, in page order. */
async function urduStoryPaths(page: Page): Promise<string[]> {
  await page.goto("/ur");
  const hrefs = await page.locator('main a[href^="/ur/news/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  return [...new Set(hrefs)];
}

/** The first Urdu story with a published English translation: [Urdu path, English path]. */
async function translatedPair(page: Page): Promise<[string, string]> {
  for (const path of (await urduStoryPaths(page)).slice(0, 30)) {
    await page.goto(path);
    const to = await page.getByTestId("language-switch").getAttribute("href");
    if (to?.startsWith("/news/")) return [path, to];
  }
  throw new Error("no Urdu story on /ur has an English translation");
}

async function hreflangs(page: Page, path: string) {
  await page.goto(path);
  return page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) =>
    Object.fromEntries(links.map((l) => [l.getAttribute("hreflang")!, l.getAttribute("href")!])),
  );
}

test.describe("Urdu edition", () => {
  test("an Urdu article, element by element", async ({ page, request }) => {
    const [path] = await translatedPair(page);
    // Server-rendered direction: the HTML as sent, before any script.
    const html = await (await request.get(path)).text();
    expect(html).toMatch(/<html[^>]* lang="ur"[^>]* dir="rtl"/);

    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "ur");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    // Menu and chrome in Urdu.
    await expect(page.getByRole("navigation", { name: "شعبے" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "شعبے" }).getByRole("link").first()).toHaveText("صفحۂ اول");
    await expect(page.getByRole("button", { name: "تاریک موڈ" })).toBeVisible();
    await expect(page.getByRole("link", { name: "مواد پر جائیں" })).toBeAttached();
    await expect(page.getByRole("contentinfo")).toContainText("میریڈین نیوز");

    const article = page.locator("main article");
    await expect(article.locator("h1")).toHaveText(/[\u0600-\u06FF]/);
    // Byline: Urdu "by", an author linked in the Urdu edition.
    await expect(article.locator(".byline")).toContainText("تحریر:");
    await expect(article.locator('.byline a[rel="author"]').first()).toHaveAttribute("href", /^\/ur\/author\//);
    // Published date: Urdu month, Latin digits (the default setting), Karachi time with an Urdu day period.
    const published = page.getByTestId("published");
    await expect(published).toContainText("شائع");
    const when = (await published.locator("time").textContent())!;
    expect(when).toMatch(URDU_MONTH);
    expect(when).toMatch(LATIN_DIGITS);
    expect(when).not.toMatch(/AM|PM|[۰-۹]/);
    // The Urdu dateline opens the body: place (agency - site - Urdu date).
    const dateline = (await article.locator(".article-body .dateline").textContent())!;
    expect(dateline).toMatch(/^[^()]*\([^()]*میریڈین نیوز - [0-9]+ \S+ [0-9]{4}\)$/);
    expect(dateline).toMatch(URDU_MONTH);
    // Section link and the Urdu section name.
    const section = (await page.getByTestId("article-section").textContent())!.trim();
    expect(section).toMatch(/[\u0600-\u06FF]/);
    await expect(page.getByTestId("article-section")).toHaveAttribute("href", /^\/ur\/category\//);
    // Related Topics in Urdu, linking within the Urdu edition.
    const topics = page.locator("section[aria-labelledby=related-topics]");
    if (await topics.count()) {
      await expect(topics.locator("h2")).toHaveText("متعلقہ موضوعات");
      for (const href of await topics.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) expect(href).toMatch(/^\/ur\/topic\//);
    }
    // Recent Stories: Urdu stories with Urdu relative times (written by the page's script).
    const recent = page.locator("aside[aria-labelledby=recent-stories]");
    await expect(recent.locator("h2")).toHaveText("حالیہ خبریں");
    await expect(recent.locator("time[data-relative]").first()).toBeAttached();
    const labels = await recent.locator("time").allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label.trim()).toMatch(URDU_RELATIVE);
    for (const href of await recent.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) expect(href).toMatch(/^\/ur\/news\//);
    // More Stories From <Urdu section name>.
    await expect(page.locator("#more-from-category")).toHaveText(`مزید خبریں: ${section}`);
    // Structured data: NewsArticle in Urdu with the Urdu dateline.
    const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
    const news = ld.flatMap((t) => [JSON.parse(t)].flat()).find((d) => d["@type"] === "NewsArticle");
    expect(news.inLanguage).toBe("ur");
    expect(news.dateline).toBe(dateline);
  });

  test("the language switch goes both ways, and both heads carry reciprocal hreflang alternates", async ({ page }) => {
    const [urdu, english] = await translatedPair(page);
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(new RegExp(`${english}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(new RegExp(`${urdu}$`));
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    // The header's edition switch: the other edition's front page.
    await expect(page.getByTestId("edition-switch")).toHaveAttribute("href", "/");

    // Absolute URLs on the site's address (SITE_URL), the same set in both heads.
    const fromUrdu = await hreflangs(page, urdu);
    const fromEnglish = await hreflangs(page, english);
    expect(fromEnglish).toEqual(fromUrdu);
    const origin = new URL(fromUrdu.en).origin;
    expect(origin).toMatch(/^https?:\/\/[^/]+$/);
    expect(fromUrdu).toEqual({ en: `${origin}${english}`, ur: `${origin}${urdu}`, "x-default": `${origin}${english}` });
    // A story without a translation has none; its switch leads to the other edition.
    for (const path of await urduStoryPaths(page)) {
      await page.goto(path);
      if ((await page.getByTestId("language-switch").getAttribute("href")) !== "/") continue;
      expect(await page.locator('head link[rel="alternate"][hreflang]').count()).toBe(0);
      return;
    }
  });

  test("Urdu pages point feed readers at the Urdu feeds, English pages at the English ones", async ({ page }) => {
    const [urdu, english] = await translatedPair(page);
    const feeds = async (path: string) => {
      await page.goto(path);
      return page.locator('head link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((l) => new URL(l.getAttribute("href")!, location.href).pathname));
    };
    expect(await feeds("/ur")).toEqual(["/ur/feed.xml"]);
    // A section's page and a story's page offer the section's Urdu feed first, then the edition's.
    expect(await feeds(urdu)).toEqual([expect.stringMatching(/^\/ur\/feeds\/category\/[^/]+\/rss\.xml$/), "/ur/feed.xml"]);
    expect(await feeds("/ur/category/world")).toEqual(["/ur/feeds/category/world/rss.xml", "/ur/feed.xml"]);
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute("title", "میریڈین نیوز: دنیا (RSS)");
    for (const path of ["/ur", urdu, "/ur/category/world"]) {
      await page.goto(path);
      // Named as the Urdu feeds and pages are named: the site setting urduSiteName (at its default here).
      await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]').last()).toHaveAttribute("title", "میریڈین نیوز (RSS)");
      await expect(page.locator('head meta[property="og:site_name"]')).toHaveAttribute("content", "میریڈین نیوز");
      if (path !== "/ur") await expect(page).toHaveTitle(/ \| میریڈین نیوز$/);
    }
    expect(await feeds(english)).toContain("/feed.xml");
    expect(await feeds(english)).not.toContain("/ur/feed.xml");
    await expect(page).toHaveTitle(/ \| Meridian News$/);
    await expect(page.locator('head meta[property="og:site_name"]')).toHaveAttribute("content", "Meridian News");
    // The share buttons speak Urdu too, except the networks' own names.
    await page.goto(urdu);
    await expect(page.getByRole("link", { name: /ای میل/ }).first()).toBeVisible();
  });

  test("an English story asked for at its Urdu address (and back) moves to its own edition", async ({ page }) => {
    const [urdu, english] = await translatedPair(page);
    await page.goto(`/ur${english}`);
    await expect(page).toHaveURL(new RegExp(`${english}$`));
    await page.goto(urdu.replace(/^\/ur/, ""));
    await expect(page).toHaveURL(new RegExp(`${urdu}$`));
  });

  test("an admin switches the Urdu digits to ۰-۹ and every date and relative time follows, server and script alike", async ({ page, browser }) => {
    test.setTimeout(300_000); // two saves and a login on a shared, slow machine
    const [urdu] = await translatedPair(page);
    await logIn(page, "admin");
    const setDigits = async (label: RegExp) => {
      await page.goto("/admin/settings");
      await page.getByLabel(label).check();
      await page.getByRole("button", { name: "Save settings" }).click();
      await expect(page.getByText("Settings saved.")).toBeVisible({ timeout: 20_000 });
    };
    await setDigits(/Eastern Arabic-Indic/);
    try {
      const reader = await browser.newPage();
      // The server's text (before the script) and the script's relative times.
      const html = await (await reader.request.get(urdu)).text();
      expect(html).toContain('data-digits="arabic-indic"');
      await reader.goto(urdu);
      const when = (await reader.getByTestId("published").locator("time").textContent())!;
      expect(when).toMatch(/[۰-۹]/);
      expect(when).not.toMatch(/[0-9]/);
      expect(await reader.locator("main article .article-body .dateline").textContent()).toMatch(/[۰-۹]{4}\)$/);
      await expect(reader.locator("aside[aria-labelledby=recent-stories] time[data-relative]").first()).toBeAttached();
      for (const label of await reader.locator("aside[aria-labelledby=recent-stories] time").allTextContents())
        expect(label.trim()).toMatch(/^(ابھی ابھی|[۰-۹]+ [\u0600-\u06FF]+ پہلے)$/);
      await reader.close();
    } finally {
      await setDigits(/Latin \(13\)/);
    }
  });

  test("each edition lists only its own language", async ({ page }) => {
    await page.goto("/");
    const english = await page.locator("main h2 a, main h3 a").allTextContents();
    expect(english.length).toBeGreaterThan(5);
    for (const t of english) expect(t).not.toMatch(/[\u0600-\u06FF]/);
    await page.goto("/ur");
    const urdu = await page.locator("main h2 a, main h3 a").allTextContents();
    expect(urdu.length).toBeGreaterThan(5);
    for (const t of urdu) expect(t).toMatch(/[\u0600-\u06FF]/);
  });

  test("Urdu listings, search and the 404 speak Urdu", async ({ page }) => {
    await page.goto("/ur");
    const sectionHref = await page.getByRole("navigation", { name: "شعبے" }).getByRole("link").nth(1).getAttribute("href");
    expect(sectionHref).toMatch(/^\/ur\/category\//);
    await page.goto(sectionHref!);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("main header p").first()).toHaveText("شعبہ");
    const missing = await page.goto("/ur/no-such-page");
    expect(missing?.status()).toBe(404);
    await expect(page.locator("main h1")).toHaveText("صفحہ نہیں ملا");
    await expect(page.locator("html")).toHaveAttribute("lang", "ur");
    await page.goto("/ur/search");
    await expect(page.locator("main h1")).toHaveText("تلاش");
    await expect(page.locator("main form[role=search]")).toHaveAttribute("action", "/ur/search");
  });

  test("Nastaliq is loaded on Urdu pages, never on English ones, and no headline is clipped", async ({ page, browser, baseURL }) => {
    test.setTimeout(90_000);
    const nastaliqLoaded = () =>
      page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].some((f) => /nastaliq/i.test(f.family) && f.status === "loaded");
      });
    const [urdu] = await translatedPair(page);
    for (const path of ["/ur", urdu]) {
      await page.goto(path);
      expect(await nastaliqLoaded(), path).toBe(true);
      const clipped = await page.locator("main h1, main h2, main h3, main h3 a, main h2 a, header a, [data-ticker-link]").evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null && !el.classList.contains("sr-only")) // not the screen-reader-only h1
          .filter((el) => el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).display !== "inline")
          .map((el) => `${el.tagName} ${el.textContent?.slice(0, 40)} ${el.scrollHeight}>${el.clientHeight}`),
      );
      expect(clipped, path).toEqual([]);
    }
    // English pages, in a fresh browser context (nothing cached from the Urdu visit): no Nastaliq, not even requested.
    const english = await browser.newPage({ baseURL });
    const fontRequests: string[] = [];
    english.on("request", (r) => r.resourceType() === "font" && fontRequests.push(r.url()));
    for (const path of ["/", "/category/world"]) {
      await english.goto(path);
      const loaded = await english.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].some((f) => /nastaliq/i.test(f.family) && f.status === "loaded");
      });
      expect(loaded, path).toBe(false);
    }
    expect(fontRequests).toEqual([]);
    await english.close();
  });

  for (const width of [390, 1280]) {
    test(`no horizontal scroll at ${width} px and no serious axe problems (light and dark)`, async ({ page }) => {
      test.setTimeout(180_000);
      const [urdu] = await translatedPair(page);
      await page.setViewportSize({ width, height: 900 });
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const path of ["/ur", urdu]) {
          await page.goto(path);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${path} ${scheme}`).toBeLessThanOrEqual(0);
          const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
          const bad = results.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
          expect(bad, `${path} ${scheme} ${width}`).toEqual([]);
        }
      }
    });
  }
});
