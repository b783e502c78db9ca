// Known XSS payloads fed through the API and pasted into the editor must not
// run on the public page or in the newsroom preview.
import { test, type Page } from "@playwright/test";
import Parser from "rss-parser";
import { expect, logIn } from "./newsroom-helpers";

test.setTimeout(180_000);

const PAYLOAD_HTML = [
  "<script>window.__xss=1</script>",
  '<img src="x" onerror="window.__xss=1">',
  '<a href="javascript:window.__xss=1">click</a>',
  '<svg onload="window.__xss=1"></svg>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<iframe src="https://evil.example/embed"></iframe>',
  '<p style="background:url(javascript:window.__xss=1)" onmouseover="window.__xss=1">hover</p>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
].join("");

async function assertNothingRan(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.locator(".article-body").hover();
  const ran = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0);
  expect(ran).toBe(0);
  expect(dialogs).toEqual([]);
  const active = await page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll(".article-body *, h1, main p"))) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.startsWith("on") || /^\s*javascript:/i.test(attr.value)) found.push(`${el.tagName}[${attr.name}]`);
      }
      if (["SCRIPT", "SVG", "MATH", "STYLE"].includes(el.tagName.toUpperCase())) found.push(el.tagName);
      if (el.tagName === "IFRAME" && !/^https:\/\/(www\.youtube-nocookie\.com|platform\.twitter\.com)\//.test(el.getAttribute("src") ?? "")) found.push(`iframe ${el.getAttribute("src")}`);
    }
    return found;
  });
  expect(active).toEqual([]);
}

test("XSS payloads from the API and the editor never run for readers or in preview", async ({ page, baseURL }) => {
  await logIn(page, "editor");
  const headers = { Origin: baseURL!, "Content-Type": "application/json" };

  // 1. Through the API: payloads in every text field and as ProseMirror nodes and marks.
  const categories = await (await page.request.get("/api/admin/categories")).json();
  const categoryId = categories.categories[0].id as number;
  const create = await page.request.post("/api/admin/articles", {
    headers,
    data: {
      title: '<img src=x onerror="window.__xss=1"> XSS probe',
      standfirst: '<script>window.__xss=1</script>"><svg onload=alert(1)>',
      datelinePlace: "<b onmouseover=alert(1)>Lahore</b>",
      categoryId,
      correctionNote: "<script>alert(1)</script>",
      bodyJson: {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "text", text: PAYLOAD_HTML },
              { type: "text", text: " link ", marks: [{ type: "link", attrs: { href: "javascript:window.__xss=1" } }] },
            ],
          },
          { type: "image", attrs: { src: "javascript:window.__xss=1", alt: '" onerror="window.__xss=1' } },
          { type: "embed", attrs: { src: "javascript:window.__xss=1" } },
        ],
      },
    },
  });
  expect(create.status()).toBe(201);
  const { article } = await create.json();

  // 2. Through the editor: paste the payloads as HTML into the body, save.
  await page.goto(`/admin/articles/${article.id}`);
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await page.keyboard.press("Control+End");
  await body.evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "pasted");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, PAYLOAD_HTML);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Saved");

  // Preview (draft mode) before publishing.
  await page.goto(`/api/admin/preview/${article.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("XSS probe");
  await assertNothingRan(page);

  // Published, as a reader (no session) sees it.
  const published = await page.request.post(`/api/admin/articles/${article.id}/publish`, { headers });
  expect(published.status()).toBe(200);
  const reader = await page.context().browser()!.newPage();
  await reader.goto(`/news/${article.slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toContainText("XSS probe");
  await assertNothingRan(reader);

  // 3. In feed readers: RSS and Atom titles, summaries and content are
  // HTML-typed, JSON Feed's content_html too; rendered as HTML the way a feed
  // reader shows them, they run nothing, and the headline's markup is text.
  const htmlFields: string[] = [];
  for (const path of ["/feed.xml", "/feed.atom"]) {
    const feed = await new Parser().parseString(await (await page.request.get(path)).text());
    const item = feed.items.find((i) => i.title?.includes("XSS probe"));
    expect(item, `${path} carries the story`).toBeTruthy();
    htmlFields.push(item!.title!, item!.content ?? "", item!.summary ?? "", item!["content:encoded"] ?? "");
  }
  const json = await (await page.request.get("/feed.json")).json();
  const jsonItem = json.items.find((i: { title: string }) => i.title.includes("XSS probe"));
  htmlFields.push(jsonItem.content_html ?? "");
  await reader.setContent(`<div class="article-body">${htmlFields.map((f) => `<div class="field">${f}</div>`).join("")}</div>`);
  await assertNothingRan(reader);
  await expect(reader.locator(".field").first()).toContainText('<img src=x onerror="window.__xss=1"> XSS probe');
  await reader.close();
});
