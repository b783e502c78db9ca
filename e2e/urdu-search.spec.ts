// Urdu search as readers type it, over HTTP against the seeded demo (SQLite
// here, Postgres under `npm run test:pg`): the vocalised demo story
// "قائدِ اعظم مُحَمَّد علی جناح … پاکستان کے 13 شہروں …" is found by محمد, by
// پاكستان typed with the Arabic kaf and by ۱۳ in Eastern digits, and only in
// the Urdu edition. Asked through the public search API and the Urdu search
// page (/ur/search); both call searchArticles(q, page, "ur").
import { expect, test, type APIRequestContext } from "@playwright/test";

const STORY = "quaid-e-azam-remembrance-13-cities";

type Hit = {
  slug: string;
  title: string;
  url: string;
  highlight: { title: string; titleMatches: string[]; snippet: string };
};
type Results = { total: number; terms: string[]; data: Hit[] };

async function search(request: APIRequestContext, q: string, language = "ur"): Promise<Results> {
  const res = await request.get(`/api/v1/search?${new URLSearchParams({ q, language })}`);
  expect(res.status(), q).toBe(200);
  return res.json();
}

async function allSlugs(request: APIRequestContext, q: string, language = "ur"): Promise<string[]> {
  const slugs: string[] = [];
  for (let page = 1; page <= 10; page++) {
    const res = await request.get(`/api/v1/search?${new URLSearchParams({ q, language, page: String(page) })}`);
    const body: Results & { totalPages: number } = await res.json();
    slugs.push(...body.data.map((h) => h.slug));
    if (page >= body.totalPages) break;
  }
  return slugs;
}

test.describe("Urdu search", () => {
  test("the Urdu search page finds the story however it is typed, right to left", async ({ page }) => {
    for (const q of ["محمد", "پاكستان ۱۳", "مُحَمَّد 13"]) {
      await page.goto(`/ur/search?${new URLSearchParams({ q })}`);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await expect(page.locator(`main a[href$="/ur/news/${STORY}"]`).first(), q).toBeVisible();
    }
  });

  test("محمد finds the story spelled مُحَمَّد and marks the whole vocalised word", async ({ request }) => {
    const results = await search(request, "محمد");
    const hit = results.data.find((h) => h.slug === STORY);
    expect(hit, JSON.stringify(results.data.map((h) => h.slug))).toBeTruthy();
    expect(hit!.title).toContain("مُحَمَّد");
    expect(hit!.highlight.title).toBe(hit!.title);
    expect(hit!.highlight.titleMatches).toEqual(["مُحَمَّد"]);
    expect(hit!.url).toMatch(new RegExp(`^https?://[^/]+/ur/news/${STORY}$`));
    // And typed with its marks, the same story.
    expect((await search(request, "مُحَمَّد")).data.map((h) => h.slug)).toContain(STORY);
  });

  test("پاكستان typed with the Arabic kaf finds what پاکستان finds", async ({ request }) => {
    const arabic = await search(request, "پاكستان");
    const urdu = await search(request, "پاکستان");
    expect(arabic.terms).toEqual(["پاکستان"]);
    expect(urdu.total).toBeGreaterThan(1);
    expect(arabic.total).toBe(urdu.total);
    expect(await allSlugs(request, "پاكستان")).toContain(STORY);
  });

  test("۱۳ in Eastern digits finds the story written with 13, as 13 does", async ({ request }) => {
    const eastern = await allSlugs(request, "۱۳");
    expect(eastern).toContain(STORY);
    expect(eastern).toEqual(await allSlugs(request, "13"));
    const hit = (await search(request, "۱۳ شہروں")).data.find((h) => h.slug === STORY);
    expect(hit?.highlight.snippet).toMatch(/13/);
  });

  test("each edition finds only its own stories", async ({ request }) => {
    expect((await search(request, "محمد", "en")).data.map((h) => h.slug)).not.toContain(STORY);
    const english = await search(request, "Karachi", "en");
    expect(english.total).toBeGreaterThan(0);
    for (const h of english.data) expect(h.title).toMatch(/[A-Za-z]/);
    const urdu = await search(request, "کراچی");
    expect(urdu.total).toBeGreaterThan(0);
    for (const h of urdu.data) {
      expect(h.title).toMatch(/[\u0600-\u06FF]/);
      expect(h.url).toContain("/ur/news/");
    }
  });

  test("a bad edition is a 400 naming it", async ({ request }) => {
    const res = await request.get("/api/v1/search?q=x&language=fr");
    expect(res.status()).toBe(400);
    expect((await res.json()).error.fields).toHaveProperty("language");
  });
});
