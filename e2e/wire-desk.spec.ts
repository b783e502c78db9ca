// The wire desk in a real browser: the demo queue (ingested from the sample
// feeds at seed time), an editor takes an agency story and publishes it, and
// readers see the portal's dateline with the agency and the agency's credit;
// an embargoed item offers no publish and the publish API refuses it.
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
