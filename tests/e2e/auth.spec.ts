import { expect, test } from "@playwright/test";
import { AuthPages, uniqueEmail } from "./support/auth-pages";

const PASSWORD = "correct-horse-battery-staple";

test("a new user registers, sees the empty dashboard, signs out and back in", async ({ page }) => {
  const auth = new AuthPages(page);
  const email = uniqueEmail("new");
  await auth.register("Grace Hopper", email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Welcome, Grace Hopper" })).toBeVisible();
  await expect(page.getByText("Nothing to show yet")).toBeVisible();

  await auth.signOut();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);

  await auth.signIn(email, "not-the-password-1");
  await expect(auth.formError()).toHaveText("That e-mail and password don't match an account.");
  await auth.signIn(email, PASSWORD);
  await expect(page.getByRole("heading", { name: "Welcome, Grace Hopper" })).toBeVisible();
});

test("the sign-out page signs the user out", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.register("Leaving Soon", uniqueEmail("leaver"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/sign-out");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await page.request.get("/api/accounts")).status()).toBe(401);
});

test("registration explains what is wrong", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.register("Weak", uniqueEmail("weak"), "password123");
  await expect(auth.formError()).toHaveText("password: is too common; choose something less guessable");
  await expect(page).toHaveURL(/\/register$/);
});

test("the demo user signs in and sees demo data", async ({ page }) => {
  await new AuthPages(page).signIn("demo@fathom.local", "ledger-sunrise-2026");
  await expect(page.getByRole("heading", { name: "Welcome, Demo User" })).toBeVisible();
  await expect(page.getByText("Everyday Checking")).toBeVisible();
});

test("another user's account is not found, by page data or by API", async ({ page, request }) => {
  const auth = new AuthPages(page);
  await auth.signIn("demo@fathom.local", "ledger-sunrise-2026");
  await expect(page).toHaveURL(/\/dashboard$/);
  const demoAccounts = await (await page.request.get("/api/accounts")).json();
  const demoAccountId: string = demoAccounts.accounts[0].id;
  expect((await page.request.get(`/api/accounts/${demoAccountId}`)).status()).toBe(200);
  await auth.signOut();

  await auth.register("Mallory", uniqueEmail("mallory"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("Everyday Checking")).toHaveCount(0);
  const foreign = await page.request.get(`/api/accounts/${demoAccountId}`);
  expect(foreign.status()).toBe(404);
  expect(await foreign.json()).toEqual({ error: { code: "not_found", message: "Account was not found" } });
  expect((await (await page.request.get("/api/accounts")).json()).accounts).toEqual([]);

  const anonymous = await request.get("/api/accounts");
  expect(anonymous.status()).toBe(401);
});
