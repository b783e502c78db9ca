// The app as Vercel runs it (npm run test:platform, app/_cli/platform-server.ts):
// plain `next start` without the server hooks, VERCEL=1, Postgres, media on S3.
// Pages must be as correct as on a Node server, only heavier.
import sharp from "sharp";
import { expect, test, type APIRequestContext } from "@playwright/test";

test.describe.configure({ mode: "serial" });

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function newsroom(request: APIRequestContext, baseURL: string) {
  const login = await request.post("/api/admin/login", { headers: { origin: baseURL }, data: { email: "editor@meridian.local", password: "meridian-demo" } });
  expect(login.status()).toBe(200);
  const call = async (method: string, url: string, data?: unknown) => {
    const res = await request.fetch(url, { method, headers: { origin: baseURL }, data });
    expect(res.status(), `${method} ${url}: ${await res.text()}`).toBeLessThan(300);
    return res.json();
  };
  const { categories } = await call("GET", "/api/admin/categories");
  const draft = (title: string) => call("POST", "/api/admin/articles", { title, standfirst: "Platform check.", categoryId: categories[0].id, bodyJson: doc("Platform body.") });
  return { call, draft };
}

test("reader pages render, with their images served from the bucket", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.locator("h1, h2").first()).toBeVisible();
  const href = await page.locator('a[href^="/news/"]').first().getAttribute("href");
  const article = await page.goto(href!);
  expect(article!.status()).toBe(200);
  const media = await page.locator('img[src*="/media/"]').first().getAttribute("src");
  if (media) expect((await request.get(new URL(media, page.url()).pathname)).status()).toBe(200);
  expect((await request.get("/news/no-such-story-anywhere")).status()).toBe(404);
});

test("an upload lands in the bucket and is served; publish, rename and unpublish show on the next request", async ({ request, baseURL }) => {
  const { call, draft } = await newsroom(request, baseURL!);
  const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: "#2a6" } }).png().toBuffer();
  const up = await request.post("/api/admin/media", { headers: { origin: baseURL! }, multipart: { file: { name: "p.png", mimeType: "image/png", buffer: png }, alt: "Green" } });
  expect(up.status()).toBe(201);
  const { media } = await up.json();
  const served = await request.get(media.src);
  expect([served.status(), served.headers()["content-type"]]).toEqual([200, "image/webp"]);

  const title = `Platform probe ${Date.now()}`;
  const { article } = await draft(title);
  expect((await (await request.get("/")).text()).includes(title)).toBe(false);
  expect((await request.get(`/news/${article.slug}`)).status()).toBe(404);
  await call("POST", `/api/admin/articles/${article.id}/publish`, {});
  expect((await (await request.get("/")).text()).includes(title)).toBe(true);
  expect((await (await request.get(`/news/${article.slug}`)).text()).includes(title)).toBe(true);
  expect((await (await request.get("/feed.xml")).text()).includes(title)).toBe(true);

  const current = await call("GET", `/api/admin/articles/${article.id}`);
  const renamed = await call("PATCH", `/api/admin/articles/${article.id}`, { version: current.article.version, slug: `${article.slug}-renamed` });
  const old = await request.get(`/news/${article.slug}`, { maxRedirects: 0 });
  expect([301, 308]).toContain(old.status());
  expect(old.headers()["location"]).toContain(`/news/${renamed.article.slug}`);

  await call("POST", `/api/admin/articles/${article.id}/unpublish`, {});
  expect((await request.get(`/news/${renamed.article.slug}`)).status()).toBe(404);
  expect((await (await request.get("/")).text()).includes(title)).toBe(false);
});

test("a scheduled story goes live at its time without anyone publishing", async ({ request, baseURL }) => {
  const { call, draft } = await newsroom(request, baseURL!);
  const title = `Platform scheduled ${Date.now()}`;
  const { article } = await draft(title);
  // 15 s ahead: the schedule call and a fresh front page fit before it even on a loaded machine.
  const publishAt = Date.now() + 15_000;
  await call("POST", `/api/admin/articles/${article.id}/schedule`, { publishAt: new Date(publishAt).toISOString() });
  const before = await (await request.get("/")).text();
  if (Date.now() < publishAt) expect(before.includes(title)).toBe(false);
  await expect.poll(async () => (await (await request.get("/")).text()).includes(title), { timeout: 60_000, intervals: [1_000] }).toBe(true);
  expect((await request.get(`/news/${article.slug}`)).status()).toBe(200);
});

test("a preview shows the draft to the editor only", async ({ browser, baseURL, request }) => {
  const { draft } = await newsroom(request, baseURL!);
  const title = `Platform preview ${Date.now()}`;
  const { article } = await draft(title);
  const editor = await browser.newContext({ baseURL });
  const login = await editor.request.post("/api/admin/login", { headers: { origin: baseURL! }, data: { email: "editor@meridian.local", password: "meridian-demo" } });
  expect(login.status()).toBe(200);
  const page = await editor.newPage();
  await page.goto(`/api/admin/preview/${article.id}`);
  await expect(page.getByText(title).first()).toBeVisible();
  await editor.close();
  const reader = await browser.newContext({ baseURL });
  expect((await reader.request.get(`/news/${article.slug}`)).status()).toBe(404);
  await reader.close();
});
