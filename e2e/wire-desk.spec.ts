// The wire desk in a real browser: the demo queue (ingested from the sample
// feeds at seed time), an editor takes an agency story and publishes it, and
// readers see the portal's dateline with the agency and the agency's credit;
// an embargoed item offers no publish and the publish API refuses it; an
// agency update is shown as a diff in the story's editor and applied; a kill
// takes the story off the site.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "@playwright/test";
import { expect, logIn } from "./newsroom-helpers";

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

test("an editor takes and publishes agency copy; readers see the dateline and the credit", async ({ page }) => {
  await logIn(page, "editor");
  await page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Wire" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wire" })).toBeVisible();
  await page.getByLabel("Words").fill("container traffic");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("1 item", { exact: true })).toBeVisible();
  await page.getByText("Karachi port handles record container traffic in October").click();
  await expect(page.getByText("Officials credited new cranes at the south terminal.")).toBeVisible();
  await page.getByRole("button", { name: "Take and publish" }).click();
  await page.waitForURL(/\/admin\/articles\/\d+$/);

  const story = await page.request.get("/news/karachi-port-handles-record-container-traffic-in-october");
  expect(story.status()).toBe(200);
  const html = await story.text();
  // The agency's "KARACHI, Nov 19 (NAT):" became the portal's dateline: place and agency.
  expect(html).toMatch(/class="dateline"[^>]*>Karachi, \(NAT - /);
  expect(html).not.toContain("KARACHI, Nov 19 (NAT)");
  expect(html).toContain("Credit: National Agency.");

  // Taken: the queue links to the story and offers no second take.
  await page.goto("/admin/wire?q=container+traffic");
  await page.getByText("Karachi port handles record container traffic in October").click();
  await expect(page.getByRole("link", { name: "Open the story" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Take as draft" })).toHaveCount(0);
});

test("an embargoed item can be taken as a draft but cannot go live early", async ({ page }) => {
  await logIn(page, "editor");
  await page.goto("/admin/wire?q=census");
  await page.getByText("Embargoed: national census results").click();
  await expect(page.getByRole("button", { name: "Take and publish" })).toHaveCount(0);
  await page.getByRole("button", { name: "Take as draft" }).click();
  await page.waitForURL(/\/admin\/articles\/\d+$/);
  const id = page.url().split("/").pop();
  const origin = new URL(page.url()).origin;
  const refused = await page.request.post(`/api/admin/articles/${id}/publish`, { headers: { origin }, data: {} });
  expect(refused.status()).toBe(422);
  const body = await refused.json();
  expect(body.error.code).toBe("embargoed");
  expect(body.error.message).toContain("embargo until 2030-01-01T00:00:00.000Z");
});

/** One ninjs item as an agency would send it, version by version. */
function ninjs(version: "first" | "update" | "kill") {
  const update = version !== "first";
  return JSON.stringify([
    {
      uri: "urn:e2e-agency:ninjs:river-survey",
      type: "text",
      versioncreated: update ? "2026-11-20T10:00:00Z" : "2026-11-20T08:00:00Z",
      pubstatus: version === "kill" ? "canceled" : "usable",
      language: "en",
      headline: update ? "River survey counts dolphins at four new sites" : "River survey counts dolphins at three sites",
      body_html: `<p>SUKKUR, Nov 20 (EWA) - Surveyors counted blind dolphins along the river this week.</p>${update ? "<p>Two of the new sites are upstream of the barrage.</p>" : ""}`,
    },
  ]);
}

test("an agency update is applied from the story's editor, and a kill takes the story off the site", async ({ page, baseURL }) => {
  let served: "first" | "update" | "kill" = "first";
  const agency = createServer((_request, response) => response.writeHead(200, { "Content-Type": "application/json" }).end(ninjs(served)));
  await new Promise<void>((resolve) => agency.listen(0, "127.0.0.1", resolve));
  try {
    await logIn(page, "editor");
    const headers = { Origin: baseURL!, "Content-Type": "application/json" };
    const { categories } = await (await page.request.get("/api/admin/categories")).json();
    const source = await page.request.post("/api/admin/wire/sources", {
      headers,
      data: { name: "E2E agency", agency: "EWA", url: `http://127.0.0.1:${(agency.address() as AddressInfo).port}/ninjs`, format: "ninjs", language: "en", categoryId: categories[0].id, mode: "review" },
    });
    expect(source.status()).toBe(201);
    const sourceId = (await source.json()).data.id;

    // Mappings are edited on the sources page as "key = value" lines; a bad line is named and nothing is saved.
    await page.goto("/admin/wire/sources");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /E2E agency/ }) });
    await card.getByText("Settings and mappings").click();
    const subjects = card.getByLabel("Agency subject code = section slug (one per line)");
    await subjects.fill(`medtop:1 = ${categories[0].slug}\nno equals sign here`);
    await card.getByRole("button", { name: "Save source" }).click();
    // (Next's route announcer is a second, empty role=alert: pick the message by its text.)
    await expect(card.getByRole("alert")).toContainText('Line 2: expected "subject code = section slug"');
    // The refused form keeps what was typed; only the bad line needs fixing.
    await expect(subjects).toHaveValue(`medtop:1 = ${categories[0].slug}\nno equals sign here`);
    await expect(subjects).toHaveAttribute("aria-invalid", "true");
    await subjects.fill(`medtop:1 = ${categories[0].slug}`);
    await card.getByRole("button", { name: "Save source" }).click();
    await expect(card.getByRole("status")).toHaveText("Source saved.");
    // So does a refused "Add a source": the name and address stay for the editor to correct.
    const add = page.getByRole("region", { name: "Add a source" });
    await add.getByLabel("Name").fill("Typed agency");
    await add.getByLabel("Feed URL").fill("https://agency.example.com/typed.xml");
    await add.getByLabel("Agency code").fill("TYP");
    await add.getByLabel("Agency keyword = topic slug (one per line)").fill("no equals sign");
    await add.getByRole("button", { name: "Add source" }).click();
    await expect(add.getByRole("alert")).toContainText('Line 1: expected "keyword = topic slug"');
    await expect(add.getByLabel("Name")).toHaveValue("Typed agency");
    await expect(add.getByLabel("Feed URL")).toHaveValue("https://agency.example.com/typed.xml");
    const saved = await (await page.request.get("/api/admin/wire/sources")).json();
    expect(saved.data.find((x: { id: number }) => x.id === sourceId).subjectSections).toEqual({ "medtop:1": categories[0].slug });
    const poll = () => page.request.post(`/api/admin/wire/sources/${sourceId}/poll`, { headers });
    expect((await (await poll()).json()).data).toMatchObject({ ok: true, added: 1 });
    const { data: items } = await (await page.request.get(`/api/admin/wire/items?sourceId=${sourceId}`)).json();
    const taken = await page.request.post(`/api/admin/wire/items/${items[0].id}/take`, { headers, data: { publish: true } });
    const story = (await taken.json()).article as { id: number; slug: string };
    expect((await page.request.get(`/news/${story.slug}`)).status()).toBe(200);

    // The agency re-files with a new headline and a paragraph more.
    served = "update";
    expect((await (await poll()).json()).data).toMatchObject({ ok: true, updated: 1 });
    await page.goto(`/admin/articles/${story.id}`);
    const panel = page.getByRole("region", { name: "From the wire" });
    await expect(panel.getByText("E2E agency (EWA)")).toBeVisible();
    await expect(panel.getByRole("heading", { name: "Wire update available" })).toBeVisible();
    await expect(panel.locator("ins", { hasText: "four new" })).toBeVisible();
    await expect(panel.locator("del", { hasText: "three" })).toBeVisible();
    await expect(panel.locator("ins", { hasText: "Two of the new sites are upstream of the barrage." })).toBeVisible();
    await panel.getByRole("button", { name: "Apply the update" }).click();
    await expect(panel.getByRole("status")).toHaveText("The agency's update is in the story.");
    await expect(panel.getByRole("heading", { name: "Wire update available" })).toHaveCount(0);
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("River survey counts dolphins at four new sites");
    const reader = await (await page.request.get(`/news/${story.slug}`)).text();
    expect(reader).toContain("River survey counts dolphins at four new sites");
    expect(reader).toContain("Two of the new sites are upstream of the barrage.");

    // The agency kills the item: the story leaves the site (source policy "unpublish").
    served = "kill";
    expect((await (await poll()).json()).data).toMatchObject({ ok: true });
    expect((await page.request.get(`/news/${story.slug}`)).status()).toBe(404);
    await page.reload();
    await expect(panel.getByText("Killed by the agency")).toBeVisible();
  } finally {
    await new Promise((resolve) => agency.close(resolve));
  }
});

test("the queue works from the keyboard: j/k move, o opens, i ignores, / searches", async ({ page }) => {
  await logIn(page, "editor");
  await page.goto("/admin/wire?status=new");
  const count = Number((await page.getByText(/^\d+ items?$/).textContent())!.split(" ")[0]);
  const summaries = page.locator("#wire-queue > li > details > summary");
  // Keys pressed before the page's script has started are not heard.
  await expect(page.locator('[data-keys="on"]')).toHaveCount(1);
  await page.keyboard.press("j");
  await expect(summaries.nth(0)).toBeFocused();
  await page.keyboard.press("j");
  await expect(summaries.nth(1)).toBeFocused();
  await page.keyboard.press("k");
  await expect(summaries.nth(0)).toBeFocused();
  await page.keyboard.press("o");
  await expect(page.locator("#wire-queue > li > details").nth(0)).toHaveAttribute("open", "");
  await page.keyboard.press("i");
  await expect(page.getByRole("status").filter({ hasText: "ignored" })).toHaveText("Item ignored.");
  await expect(page.getByText(`${count - 1} item${count - 1 === 1 ? "" : "s"}`, { exact: true })).toBeVisible();
  await page.keyboard.press("/");
  await expect(page.getByLabel("Words")).toBeFocused();
  // Typing in the field types; it does not trigger shortcuts.
  await page.keyboard.type("jk");
  await expect(page.getByLabel("Words")).toHaveValue("jk");
});
