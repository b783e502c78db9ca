// The outage page replaces the empty document Next sends for a page that
// failed while the database is down; JSON answers and healthy pages keep theirs.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { replaceOutageBody } = require("./outage-page.cjs");

let down = true;
let base = "";
const server = http.createServer((req, res) => {
  replaceOutageBody(req, res, () => res.statusCode === 500 && down);
  const json = req.url!.startsWith("/api/");
  res.statusCode = req.url === "/fine" ? 200 : 500;
  res.setHeader("content-type", json ? "application/json" : "text/html; charset=utf-8");
  if (req.url === "/streamed") {
    res.flushHeaders();
    res.write('<!DOCTYPE html><html id="__next_error__">');
    res.end("<body></body></html>");
    return;
  }
  res.end(json ? '{"error":{"code":"unavailable"}}' : '<!DOCTYPE html><html id="__next_error__"><body></body></html>');
});

beforeAll(
  () =>
    new Promise<void>((resolve) =>
      server.listen(
        0,
        "127.0.0.1",
        () => ((base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`), resolve()),
      ),
    ),
);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("replaceOutageBody", () => {
  it("gives a failed page a readable body: heading, search box, the way to the front page", async () => {
    for (const path of ["/news/some-story", "/streamed"]) {
      const res = await fetch(`${base}${path}`);
      const html = await res.text();
      expect(html).toContain("<h1>This page is temporarily unavailable</h1>");
      expect(html).toContain('<input id="q" type="search" name="q"');
      expect(html).toContain('<a href="/">Go to the front page</a>');
      expect(html).not.toContain("__next_error__");
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    }
  });

  it("answers a page of the Urdu edition in Urdu, right to left, with the Urdu search and front page", async () => {
    for (const path of ["/ur", "/ur/news/some-story"]) {
      const html = await (await fetch(`${base}${path}`)).text();
      expect(html).toContain('<html lang="ur" dir="rtl">');
      expect(html).toContain("<h1>یہ صفحہ عارضی طور پر دستیاب نہیں</h1>");
      expect(html).toContain('action="/ur/search"');
      expect(html).toContain('<a href="/ur">صفحۂ اول پر جائیں</a>');
    }
    // Not every path starting with "ur" is Urdu.
    expect(await (await fetch(`${base}/urban-story`)).text()).toContain('<html lang="en">');
  });

  it("leaves JSON, healthy pages and failures unrelated to the database alone", async () => {
    expect(await (await fetch(`${base}/api/admin/login`)).text()).toBe('{"error":{"code":"unavailable"}}');
    expect(await (await fetch(`${base}/fine`)).text()).toContain("__next_error__");
    down = false;
    expect(await (await fetch(`${base}/news/other`)).text()).toContain("__next_error__");
    down = true;
  });
});
