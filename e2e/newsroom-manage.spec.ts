// The newsroom's management forms (users here; sections, topics, bylines, tokens and
// settings share the form): a refused save keeps what was typed and names the field as its label does,
// a new entry's form is emptied once it is saved.
import { test } from "@playwright/test";
import { expect, logIn } from "./newsroom-helpers";

test.setTimeout(90_000);

test("a refused new account keeps what the admin typed; a saved one empties the form and joins the list", async ({ page }) => {
  await logIn(page, "admin");
  await page.goto("/admin/users");
  const form = page.locator("section").filter({ has: page.getByRole("heading", { name: "New account" }) });
  const email = form.getByLabel("Email");
  const name = form.getByLabel("Name");
  const password = form.getByLabel("Password (at least 10 characters)");

  await email.fill("editor@meridian.local");
  await name.fill("Farah Qureshi");
  await form.getByLabel("Role").selectOption("author");
  await password.fill("a-long-enough-secret");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("alert")).toContainText("An account with that email exists.");
  await expect(form.getByRole("alert")).toContainText("Email: Already used");
  await expect(email).toHaveValue("editor@meridian.local");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveValue("Farah Qureshi");
  await expect(form.getByLabel("Role")).toHaveValue("author");
  await expect(password).toHaveValue("a-long-enough-secret");

  const fresh = `farah.${Date.now().toString(36)}@meridian.local`;
  await email.fill(fresh);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status")).toBeVisible();
  await expect(email).toHaveValue("");
  await expect(email).not.toHaveAttribute("aria-invalid");
  await expect(name).toHaveValue("");
  await expect(password).toHaveValue("");
  await expect(page.getByRole("listitem").filter({ hasText: fresh })).toBeVisible();
});
