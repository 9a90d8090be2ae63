import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { AuthPages, uniqueEmail } from "./support/auth-pages";

const PASSWORD = "correct-horse-battery-staple";
const NEW_PASSWORD = "a-fresh-passphrase-2026";

test("a user resets a forgotten password with the link mailed to the dev outbox", async ({ page }) => {
  const auth = new AuthPages(page);
  const email = uniqueEmail("forgetful");
  await auth.register("Forgetful Fay", email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await auth.signOut();

  await page.getByRole("link", { name: "Forgot password?" }).click();
  // The sign-in form has an "E-mail" field too: fill the reset form's only once it is on screen.
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account uses ${email}`);

  await page.goto("/dev/outbox");
  const mail = page.getByRole("article", { name: `Mail to ${email}: Reset your Fathom password` });
  await mail.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/reset-password\?token=rst_/);
  const resetUrl = page.url();

  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("Repeat new password").fill("short");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(auth.formError()).toHaveText("password: must be at least 10 characters");

  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Repeat new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("heading", { name: "Password changed" })).toBeVisible();

  // The link is single-use.
  await page.goto(resetUrl);
  await page.getByLabel("New password", { exact: true }).fill("another-passphrase-9");
  await page.getByLabel("Repeat new password").fill("another-passphrase-9");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(auth.formError()).toContainText("this link is invalid, was already used or has expired");

  await auth.signIn(email, PASSWORD);
  await expect(auth.formError()).toHaveText("That e-mail and password don't match an account.");
  await auth.signIn(email, NEW_PASSWORD);
  await expect(page.getByRole("heading", { name: "Welcome, Forgetful Fay" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Security" }).click();
  await expect(page.getByRole("heading", { name: "Security", exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Active sessions" })).toContainText("This device");
  await expect(page.getByRole("cell", { name: "Password reset by e-mail link" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Failed sign-in" })).toBeVisible();
});

test("a personal access token drives the API example script; the token list shows it was used", async ({ page, baseURL }) => {
  const auth = new AuthPages(page);
  await auth.register("Script Sam", uniqueEmail("script"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/developer");
  await page.getByLabel("Token name").fill("budget script");
  await page.getByLabel("Write").check();
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByTestId("new-token").inputValue();
  expect(token).toMatch(/^fth_/);

  const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/api-example.ts", "--url", baseURL ?? "", "--key", "e2e-run-1"], {
    env: { ...process.env, FATHOM_API_TOKEN: token },
  });
  const summary = JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as { transactions: number; budgetId: string; budgets: number };
  expect(summary).toMatchObject({ transactions: 0, budgets: 1 });
  expect(summary.budgetId).toMatch(/^[0-9a-f-]{36}$/);

  await page.reload();
  const row = page.getByRole("row", { name: /budget script/ });
  await expect(row).toContainText("read, write");
  await expect(row).not.toContainText("Never");
  await page.goto("/security");
  await expect(page.getByRole("cell", { name: "API token created" })).toBeVisible();

  await page.goto("/developer");
  await page.getByRole("button", { name: "Revoke budget script" }).click();
  await expect(page.getByRole("row", { name: /budget script/ })).toContainText("revoked");
  const refused = await page.request.get("/api/v1/accounts", { headers: { authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
});

test("the API reference lists operations and its try-it form calls the API with the session", async ({ page }) => {
  await new AuthPages(page).register("Curious Cal", uniqueEmail("curious"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/developer/api");
  const list = page.getByRole("region", { name: "List categories" });
  await expect(list).toContainText("/categories");
  await list.getByText("Try it").click();
  await list.getByRole("button", { name: "Send GET" }).click();
  await expect(list.getByTestId("try-it-response")).toContainText('"name": "Food & Dining"');
  await expect(page.getByRole("region", { name: "List users" })).toHaveCount(0);
});

test("a plain user cannot reach the admin page or the admin API", async ({ page }) => {
  await new AuthPages(page).register("Plain Pat", uniqueEmail("plain"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Admin" })).toHaveCount(0);
  const api = await page.request.get("/api/v1/admin/users");
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: { code: "not_found", message: "GET /api/v1/admin/users was not found" } });
});
