// Content-Security-Policy as a browser enforces it: reader pages run only
// their own inline scripts (allowed by hash), the newsroom only Next's scripts
// (by a per-request nonce) and the theme script; what an attacker manages to
// inject into either does not run, and nothing the pages need is refused.
import { test, type Page } from "@playwright/test";
import { expect, logIn } from "./newsroom-helpers";

function violations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

// Inserts markup with an event handler the page did not ship, as stored XSS
// would, and (on reader pages) an inline script element.
async function injectedScriptRan(page: Page, withScriptElement: boolean): Promise<boolean> {
  return page.evaluate(async (withScript) => {
    const div = document.createElement("div");
    div.innerHTML = '<img src="/no-such-image.png" onerror="window.__injected = 1">';
    // A listener added by this (allowed) script runs after the attribute's handler would have.
    const failed = new Promise((resolve) => div.querySelector("img")!.addEventListener("error", resolve, { once: true }));
    document.body.append(div);
    if (withScript) {
      const s = document.createElement("script");
      s.textContent = "window.__injected = 2";
      document.body.append(s);
    }
    await failed;
    return (window as unknown as { __injected?: number }).__injected !== undefined;
  }, withScriptElement);
}

const REFUSED_INJECTION = /inline (script|event handler)/i;

const scriptSrc = (policy: string) => policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";

test("reader pages allow only their own inline scripts, by hash", async ({ page }) => {
  const seen = violations(page);
  const front = await page.goto("/");
  const slug = await page.locator('main a[href^="/news/"]').first().getAttribute("href");
  for (const path of ["/", slug!, "/category/world", "/search?q=minister"]) {
    const res = path === "/" ? front! : (await page.goto(path))!;
    const policy = res.headers()["content-security-policy"] ?? "";
    expect(scriptSrc(policy), path).toMatch(/^script-src( 'sha256-[A-Za-z0-9+/=]+')+$/);
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).toContain("frame-ancestors 'self'");
    // The page's own behaviours still run: relative times are filled in.
    await expect(page.locator("time[data-relative]").first()).toHaveText(/ago|just now/);
    expect(await injectedScriptRan(page, true), path).toBe(false);
  }
  // The dark-mode switch (the islands script) works under the policy.
  await page.getByRole("button", { name: "Dark mode" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  // The injections were refused by the policy, and nothing else was.
  expect(seen.filter((t) => REFUSED_INJECTION.test(t)).length).toBeGreaterThanOrEqual(4);
  expect(seen.filter((t) => !REFUSED_INJECTION.test(t))).toEqual([]);
});

test("the newsroom runs Next's scripts by nonce; an injected script is refused", async ({ page }) => {
  const seen = violations(page);
  await logIn(page, "editor");
  const list = await page.goto("/admin/articles");
  const policy = list!.headers()["content-security-policy"] ?? "";
  expect(scriptSrc(policy)).toMatch(/^script-src 'nonce-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
  expect(policy).toContain("frame-ancestors 'none'");
  const again = (await page.goto("/admin/articles"))!.headers()["content-security-policy"];
  expect(again, "a fresh nonce per response").not.toBe(policy);

  // The editor (React + TipTap) works on an existing story.
  await page.locator('a[href^="/admin/articles/"]').filter({ hasNotText: /new|XSS/i }).first().click();
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Checked under the policy.");
  await expect(body).toContainText("Checked under the policy.");
  // 'strict-dynamic' trusts scripts other scripts create; markup injected
  // into the page (how stored XSS arrives) cannot run its handlers.
  expect(await injectedScriptRan(page, false)).toBe(false);
  expect(seen.filter((t) => REFUSED_INJECTION.test(t)).length).toBeGreaterThanOrEqual(1);
  expect(seen.filter((t) => !REFUSED_INJECTION.test(t))).toEqual([]);
});
