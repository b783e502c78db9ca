// Shared steps for the newsroom e2e specs. Demo logins come from the seed.
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "meridian-demo";

export async function logIn(page: Page, role: "admin" | "editor" | "author" | "contributor") {
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(`${role}@meridian.local`);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
}
