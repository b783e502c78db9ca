import { expect, test } from "@playwright/test";
import { logIn } from "./newsroom-helpers";

test.describe("newsroom: logging in", () => {
  test("the newsroom sends visitors without a session to the login page", async ({ page }) => {
    await page.goto("/admin/articles");
    await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Farticles/);
    await expect(page.getByRole("heading", { name: "Newsroom log in" })).toBeVisible();
  });

  test("a wrong password is refused with a message", async ({ page }) => {
    await page.goto("/admin/login");
    await page.getByLabel("Email").fill("editor@meridian.local");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByText("do not match an active account")).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/login/);
  });

  test("an editor logs in, sees the dashboard and logs out", async ({ page }) => {
    await logIn(page, "editor");
    const response = await page.goto("/admin");
    expect(response?.headers()["cache-control"]).toContain("no-store");
    expect(response?.headers()["x-robots-tag"]).toContain("noindex");
    await expect(page.getByTestId("count-published")).not.toHaveText("0");
    await page.getByRole("button", { name: "Log out" }).first().click();
    await expect(page).toHaveURL(/\/admin\/login/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin\/login/);
  });
});
