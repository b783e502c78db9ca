// The Urdu desk in the newsroom: the editor writes Urdu right to left (title,
// standfirst, dateline and body carry dir="rtl" lang="ur"; each body block
// takes its own direction, so an English quote stays left to right), and
// "Translation of …" links a story to its English original and unlinks it.
import { test } from "@playwright/test";
import { expect, logIn } from "./newsroom-helpers";

type Row = { id: number; title: string; language: string };

test("an Urdu story is edited right to left and linked to its English original", async ({ page }) => {
  await logIn(page, "editor");
  const list = async (q: string, language: string) =>
    (await (await page.request.get(`/api/admin/articles?${new URLSearchParams({ q, language })}`)).json())
      .articles as Row[];
  const groupOf = async (id: number) =>
    (await (await page.request.get(`/api/admin/articles/${id}/translation`)).json()).translation;
  const [story] = await list("quaid-e-azam-remembrance", "ur");
  expect((await groupOf(story.id)).groupId).toBeNull();
  await page.goto(`/admin/articles/${story.id}`);

  const title = page.getByLabel("Title", { exact: true });
  await expect(title).toHaveValue(/مُحَمَّد/);
  for (const field of [title, page.getByLabel("Standfirst"), page.getByLabel("Dateline place")]) {
    await expect(field).toHaveAttribute("dir", "rtl");
    await expect(field).toHaveAttribute("lang", "ur");
  }
  const body = page.getByRole("textbox", { name: "Body" });
  await expect(body).toHaveAttribute("dir", "rtl");
  await expect(body).toHaveAttribute("lang", "ur");
  // Every block of the body decides its own direction; an English line keeps left to right.
  await body.locator("p").last().click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Quoted in English, as the agency sent it.");
  const english = body.locator("p", { hasText: "Quoted in English" });
  await expect(english).toHaveAttribute("dir", "auto");
  expect(await english.evaluate((el) => getComputedStyle(el).direction)).toBe("ltr");
  expect(
    await body
      .locator("p")
      .first()
      .evaluate((el) => getComputedStyle(el).direction),
  ).toBe("rtl");

  // Link it to an English story found by its title, then unlink it.
  // An English story the seed left without a translation.
  let original: Row | undefined;
  for (const row of await list("Karachi", "en")) {
    if ((await groupOf(row.id)).groupId === null) {
      original = row;
      break;
    }
  }
  if (!original) throw new Error("no unlinked English story about Karachi in the demo");
  const panel = page.getByRole("region", { name: "Translation" });
  await panel.getByLabel("Find the English article by its title").fill(original.title);
  await panel.getByRole("button", { name: "Search" }).click();
  await panel.getByRole("button", { name: "Link" }).first().click();
  await expect(panel.getByTestId("translation-links")).toContainText("English:");
  await expect(panel.getByTestId("translation-links")).toContainText(original.title);
  const group = await groupOf(story.id);
  expect(group.articles).toEqual([
    { id: original.id, language: "en" },
    { id: story.id, language: "ur" },
  ]);
  await panel.getByRole("button", { name: "Unlink this article" }).click();
  await expect(panel.getByLabel("Find the English article by its title")).toBeVisible();

  expect((await groupOf(story.id)).groupId).toBeNull();
});

test("an editor names a section for the Urdu edition and Urdu readers see it in the menu at once", async ({ page }) => {
  await logIn(page, "editor");
  await page.goto("/admin/categories");
  const card = page.getByRole("listitem").filter({ has: page.locator('input[name="slug"][value="sports"]') });
  await card.getByText(/^Urdu edition:/).click();
  const name = card.getByLabel("Urdu name (empty: not in the Urdu edition)");
  await expect(name).toHaveAttribute("dir", "rtl");
  const seeded = await name.inputValue();
  const id = Number(await card.locator('input[name="id"]').first().inputValue());
  await name.fill("کھیل اور کھلاڑی");
  await card.getByRole("button", { name: "Save Urdu name" }).click();
  await expect(card.getByText("Urdu edition saved.")).toBeVisible();
  await page.goto("/ur");
  await expect(page.locator('header a[href="/ur/category/sports"]').first()).toHaveText("کھیل اور کھلاڑی");
  // Back to the demo's name for the specs that read the Urdu menu.
  const restored = await page.request.put(`/api/admin/categories/${id}/locale`, { headers: { origin: new URL(page.url()).origin }, data: { language: "ur", name: seeded } });
  expect(restored.status()).toBe(200);
});
