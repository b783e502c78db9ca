// The publisher's own pages (about, contact, policies): what readers, crawlers
// and aggregators find, and how the newsroom keeps them. Editors and admins
// manage them; authors and contributors are refused.
import { readdirSync } from "node:fs";
import { test, type APIRequestContext, type Page } from "@playwright/test";
import { jsonLdNodes, ldNode, locPaths } from "./distribution-support";
import { expect, logIn } from "./newsroom-helpers";

test.setTimeout(120_000);

const pathOf = (url: string) => new URL(url).pathname;
const footerPages = (page: Page) => page.getByRole("navigation", { name: "About this publication" });

/** Calls the admin API as the logged-in browser does (same cookie, same origin). */
const api = (page: Page) => {
  const origin = new URL(page.url()).origin;
  const headers = { origin, "content-type": "application/json" };
  return {
    get: (path: string) => page.request.get(path),
    post: (path: string, body?: unknown) =>
      page.request.post(path, body === undefined ? { headers: { origin } } : { headers, data: JSON.stringify(body) }),
    patch: (path: string, body: unknown) => page.request.patch(path, { headers, data: JSON.stringify(body) }),
    delete: (path: string, body?: unknown) =>
      page.request.delete(path, body === undefined ? { headers: { origin } } : { headers, data: JSON.stringify(body) }),
  };
};

async function sitemapPages(request: APIRequestContext) {
  const res = await request.get("/sitemaps/pages.xml");
  expect(res.status()).toBe(200);
  return locPaths(await res.text());
}

test("readers find the demo pages at short addresses, linked from every page's footer", async ({ page, request }) => {
  await page.goto("/category/business");
  const footer = footerPages(page);
  for (const title of [
    "About us",
    "Contact",
    "Editorial policy",
    "Corrections policy",
    "Privacy policy",
    "Terms of use",
  ]) {
    await expect(footer.getByRole("link", { name: title })).toBeVisible();
  }
  await footer.getByRole("link", { name: "Corrections policy" }).click();
  await expect(page).toHaveURL(/\/policies\/corrections$/);
  await expect(page.getByRole("heading", { level: 1, name: "Corrections policy" })).toBeVisible();
  await expect(page.locator("article")).toContainText("we correct it openly");
  await expect(page).toHaveTitle("Corrections policy | Meridian News");
  expect(pathOf((await page.locator('head link[rel="canonical"]').getAttribute("href"))!)).toBe(
    "/policies/corrections",
  );

  const about = await request.get("/about");
  expect(about.status()).toBe(200);
  expect(await about.text()).toContain("Meridian News is an independent news site");
  // An address that is no page (one segment or under /policies) is the reader 404, kept off the
  // server's disk like every unknown address; the site's own routes are untouched.
  const stamp = Date.now().toString(36);
  for (const path of [`/no-such-page-${stamp}`, `/policies/no-such-policy-${stamp}`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  }
  expect((readdirSync(".next/server", { recursive: true }) as string[]).filter((f) => f.includes(stamp))).toEqual([]);
  expect((await request.get("/category/business")).status()).toBe(200);
  expect((await request.get("/search")).status()).toBe(200);
});

test("the organization's structured data points at the policy pages, and each answers", async ({ page, request }) => {
  await page.goto("/");
  const org = ldNode(await jsonLdNodes(page), "NewsMediaOrganization");
  const links = {
    masthead: pathOf(org.masthead),
    publishingPrinciples: pathOf(org.publishingPrinciples),
    ethicsPolicy: pathOf(org.ethicsPolicy),
    correctionsPolicy: pathOf(org.correctionsPolicy),
    contact: pathOf(org.contactPoint.url),
  };
  expect(links).toEqual({
    masthead: "/about",
    publishingPrinciples: "/policies/editorial",
    ethicsPolicy: "/policies/editorial",
    correctionsPolicy: "/policies/corrections",
    contact: "/contact",
  });
  expect(org.contactPoint["@type"]).toBe("ContactPoint");
  for (const path of Object.values(links)) expect((await request.get(path)).status(), path).toBe(200);

  await page.goto("/about");
  const nodes = await jsonLdNodes(page);
  expect(pathOf(ldNode(nodes, "AboutPage").url)).toBe("/about");
  expect(pathOf(ldNode(nodes, "NewsMediaOrganization").correctionsPolicy)).toBe("/policies/corrections");
  await page.goto("/contact");
  expect(pathOf(ldNode(await jsonLdNodes(page), "ContactPage").url)).toBe("/contact");
});

test("an editor creates, publishes, edits and restores a page; readers see each step at once", async ({
  page,
  request,
}) => {
  const slug = `careers-${Date.now().toString(36)}`;
  await logIn(page, "editor");
  await page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Pages" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pages" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Corrections policy" })).toBeVisible();
  await page.getByRole("link", { name: "New page" }).click();

  await page.getByLabel("Title").fill("Work with us");
  await page.getByRole("textbox", { name: "Address" }).fill(slug);
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type("We are hiring reporters in Quetta.");
  await page.getByLabel("Footer order").fill("50");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/admin\/pages\/\d+$/);
  const id = pathOf(page.url()).split("/").pop()!;

  // A draft is nobody's business but the newsroom's.
  expect((await request.get(`/${slug}`)).status()).toBe(404);
  expect(await sitemapPages(request)).not.toContain(`/${slug}`);

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status")).toContainText("Published");
  const live = await request.get(`/${slug}`);
  expect(live.status()).toBe(200);
  expect(await live.text()).toContain("We are hiring reporters in Quetta.");
  expect(await sitemapPages(request)).toContain(`/${slug}`);
  const reader = await page.context().newPage();
  await reader.goto("/");
  await expect(footerPages(reader).getByRole("link", { name: "Work with us" })).toHaveAttribute("href", `/${slug}`);

  // An edit of the published page reaches readers on the next request.
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Applications for Quetta have closed.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Saved (version 3)");
  await reader.goto(`/${slug}`);
  await expect(reader.locator("article")).toContainText("Applications for Quetta have closed.");

  // Restoring the first version brings its words back, as a new save.
  await page.getByRole("link", { name: "Revisions" }).click();
  await expect(page.getByRole("heading", { name: "Revisions of “Work with us”" })).toBeVisible();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/pages/${id}$`));
  await expect(page.getByText("Version 4")).toBeVisible();
  await reader.goto(`/${slug}`);
  await expect(reader.locator("article")).toContainText("We are hiring reporters in Quetta.");
  await expect(reader.locator("article")).not.toContainText("have closed");

  // Every step is in the audit log.
  const audit = await (await api(page).get(`/api/admin/audit?entityType=page&entityId=${id}`)).json();
  const actions = (audit.entries as { action: string }[]).map((e) => e.action);
  expect(actions).toEqual(expect.arrayContaining(["page.created", "page.published", "page.updated", "page.restored"]));

  // Deleting takes it off the site, the footer and the sitemap.
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Delete page" }).click();
  await expect(page).toHaveURL(/\/admin\/pages$/);
  expect((await request.get(`/${slug}`)).status()).toBe(404);
  expect(await sitemapPages(request)).not.toContain(`/${slug}`);
  await reader.goto("/");
  await expect(footerPages(reader).getByRole("link", { name: "Work with us" })).toHaveCount(0);
  expect(
    (
      (await (await api(page).get(`/api/admin/audit?entityType=page&entityId=${id}`)).json()).entries as {
        action: string;
      }[]
    ).map((e) => e.action),
  ).toContain("page.deleted");
});

test("bad input gets a 4xx naming the fields; a stale version is a 409", async ({ page }) => {
  await logIn(page, "editor");
  const call = api(page);
  const refused = await call.post("/api/admin/pages", { title: "", slug: "news", purpose: "gossip", colour: "red" });
  expect(refused.status()).toBe(422);
  const body = await refused.json();
  expect(body.error.code).toBe("invalid_fields");
  expect(Object.keys(body.error.fields).sort()).toEqual(["colour", "purpose", "slug", "title"]);
  expect(body.error.fields.slug).toMatch(/part of the site/);

  const clash = await call.post("/api/admin/pages", { title: "Another about", slug: "about" });
  expect(clash.status()).toBe(422);
  expect((await clash.json()).error.fields.slug).toMatch(/already a page/);
  const purposeClash = await call.post("/api/admin/pages", {
    title: "Corrections 2",
    slug: `corrections-${Date.now().toString(36)}`,
    purpose: "corrections",
  });
  expect(purposeClash.status()).toBe(422);
  expect((await purposeClash.json()).error.fields.purpose).toMatch(/already has this purpose/);

  const malformed = await page.request.post("/api/admin/pages", {
    headers: { origin: new URL(page.url()).origin, "content-type": "application/json" },
    data: Buffer.from("{not json"),
  });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error.code).toBe("malformed_json");
  expect((await call.get("/api/admin/pages/abc")).status()).toBe(404);
  expect((await call.get("/api/admin/pages/999999")).status()).toBe(404);

  const created = await call.post("/api/admin/pages", {
    title: "Advertise",
    slug: `policies/ads-${Date.now().toString(36)}`,
  });
  expect(created.status()).toBe(201);
  const { page: made } = await created.json();
  expect(made).toMatchObject({ status: "draft", language: "en", version: 1 });
  const saved = await call.patch(`/api/admin/pages/${made.id}`, { version: 1, summary: "Rates and formats." });
  expect(saved.status()).toBe(200);
  const stale = await call.patch(`/api/admin/pages/${made.id}`, { version: 1, summary: "Older idea." });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error).toMatchObject({ code: "stale_version", currentVersion: 2 });
  // Without the Origin check passing, nothing is written.
  const crossSite = await page.request.patch(`/api/admin/pages/${made.id}`, {
    headers: { origin: "https://evil.example", "content-type": "application/json" },
    data: JSON.stringify({ version: 2, title: "x" }),
  });
  expect(crossSite.status()).toBe(403);
  expect((await call.delete(`/api/admin/pages/${made.id}`, { version: 2 })).status()).toBe(200);
});

for (const role of ["author", "contributor"] as const) {
  test(`${role === "author" ? "an" : "a"} ${role} is refused the pages, in the menu, the newsroom and the API`, async ({
    page,
  }) => {
    await logIn(page, role);
    await expect(page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Pages" })).toHaveCount(
      0,
    );
    await page.goto("/admin/pages");
    await expect(page).toHaveURL(/\/admin\?denied=editor/);
    const call = api(page);
    const list = await call.get("/api/admin/pages");
    expect(list.status()).toBe(403);
    expect((await list.json()).error.code).toBe("forbidden");
    const create = await call.post("/api/admin/pages", { title: "Mine", slug: `mine-${role}` });
    expect(create.status()).toBe(403);
    expect((await create.json()).error).toMatchObject({ code: "forbidden", fields: {} });
    expect((await call.post("/api/admin/pages/1/publish")).status()).toBe(403);
    expect((await call.delete("/api/admin/pages/1")).status()).toBe(403);
  });
}

test("the API refuses a visitor with no session", async ({ request }) => {
  const res = await request.get("/api/admin/pages");
  expect(res.status()).toBe(401);
  expect((await res.json()).error.code).toBe("unauthenticated");
});
