import { expect, test } from "@playwright/test";
import { AuthPages, uniqueEmail } from "./support/auth-pages";
import { DashboardPages } from "./support/dashboard-pages";

const PASSWORD = "correct-horse-battery-staple";

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

test("the demo user sees every page, accessible in light and dark", async ({ page }, testInfo) => {
  // Eight pages, each rendered, checked by axe and photographed: well past the default minute on two shared cores.
  test.setTimeout(150_000);
  await new AuthPages(page).signIn("demo@fathom.local", "ledger-sunrise-2026");
  await expect(page).toHaveURL(/\/dashboard$/);
  const pages = new DashboardPages(page);
  await pages.visitAll(testInfo, "demo");
  await page.goto("/dashboard");
  await expect(pages.stat("stat-net-worth")).not.toHaveText("—");
  await expect(page.getByTestId("category-panel")).toBeVisible();
  await page.getByTestId("category-panel").getByRole("button", { name: "Table" }).click();
  await expect(page.getByTestId("category-panel").getByRole("table")).toBeVisible();
});

test("a new user sees empty states, not blank charts, on every page", async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  await new AuthPages(page).register("Empty Emma", uniqueEmail("empty"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("Nothing to show yet")).toBeVisible();
  await expect(page.getByRole("link", { name: "Link a bank" })).toBeVisible();
  const pages = new DashboardPages(page);
  await pages.visitAll(testInfo, "empty");
  await page.goto("/analytics");
  await expect(page.getByText("Nothing in this period").first()).toBeVisible();
  await expect(page.locator(".recharts-surface")).toHaveCount(0);
  await page.goto("/insights");
  await expect(page.getByText("No findings yet")).toBeVisible();
});

test("a new user loads demo data in one click, then every page has data and passes the accessibility check", async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await new AuthPages(page).register("Demo Dana", uniqueEmail("demo-data"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("button", { name: "Load demo data" }).click();
  // The overview re-renders with the data (and the empty state, with its message, goes away).
  const pages = new DashboardPages(page);
  await expect(pages.stat("stat-net-worth")).toBeVisible({ timeout: 60_000 });
  await expect(pages.stat("stat-net-worth")).not.toHaveText("—");
  await expect(page.getByTestId("category-panel")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Load demo data" })).toHaveCount(0);
  await page.goto("/budgets");
  for (const name of ["Food & dining", "Transportation", "Shopping"]) await expect(page.getByRole("region", { name })).toBeVisible();
  await pages.visitOthers(testInfo, "demo-data");
});

test("a known dataset shows the expected totals on screen and in the API", async ({ page }) => {
  await new AuthPages(page).register("Known Kim", uniqueEmail("known"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  const created = await page.request.post("/api/accounts/manual", { data: { name: "Known Checking", type: "checking", currency: "USD", openingBalance: "1000.00" } });
  expect(created.status()).toBe(201);
  const accountId: string = (await created.json()).account.id;
  const date = todayUtc();
  for (const tx of [
    { kind: "income", amount: "500.00", description: "Payday deposit" },
    { kind: "expense", amount: "120.00", description: "Corner Grocer" },
    { kind: "expense", amount: "30.50", description: "Corner Grocer" },
  ]) {
    expect((await page.request.post("/api/manual-transactions", { data: { ...tx, accountId, date } })).status()).toBe(201);
  }
  const pages = new DashboardPages(page);
  await page.goto("/dashboard");
  await expect(pages.stat("stat-inflow")).toHaveText("$500.00");
  await expect(pages.stat("stat-outflow")).toHaveText("$150.50");
  await expect(pages.stat("stat-net")).toHaveText("$349.50");
  await expect(pages.stat("stat-net-worth")).toHaveText("$1,349.50");
  await expect(page.getByTestId("top-merchants")).toContainText("Corner Grocer");
  await expect(page.getByTestId("top-merchants")).toContainText("$150.50");

  const api = await page.request.get("/api/analytics/cash-flow?range=this_month");
  expect(api.status()).toBe(200);
  expect((await api.json()).total).toMatchObject({ inflow: 50000, outflow: 15050, net: 34950 });

  await page.goto("/analytics?range=this_month");
  const cashFlow = page.getByTestId("cash-flow-panel");
  await cashFlow.getByRole("button", { name: "Table" }).click();
  await expect(cashFlow.getByRole("row", { name: /Total/ })).toContainText("$349.50");
  const download = page.waitForEvent("download");
  await cashFlow.getByRole("button", { name: "Export CSV" }).click();
  const file = await download;
  const csv = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(csv).toString("utf8")).toContain("Total,500.00,150.50,349.50");
});

test("settings save, switch the theme and name the field that is wrong", async ({ page }) => {
  await new AuthPages(page).register("Settings Sam", uniqueEmail("settings"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/settings");
  await page.getByLabel("Name").fill("Samantha");
  await page.getByLabel("Theme").selectOption("dark");
  await page.getByLabel("Language and region").selectOption("en-GB");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expect(page.getByTestId("signed-in-user")).toHaveText("Samantha");
  await expect(page.getByLabel("Language and region")).toHaveValue("en-GB");

  await page.getByLabel("Name").fill(" ");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("name: is required");

  const bad = await page.request.patch("/api/settings", { data: { theme: "neon" } });
  expect(bad.status()).toBe(422);
  expect(await bad.json()).toEqual({ error: { code: "validation", message: "theme: must be light, dark or system" } });
});

test("the analytics API never shows one user's figures to another", async ({ page, request }) => {
  const auth = new AuthPages(page);
  await auth.signIn("demo@fathom.local", "ledger-sunrise-2026");
  await expect(page).toHaveURL(/\/dashboard$/);
  const demo = await (await page.request.get("/api/analytics/cash-flow?range=last_3_months")).json();
  expect(demo.total.outflow).toBeGreaterThan(0);
  await auth.signOut();

  await auth.register("Nosy Ned", uniqueEmail("nosy"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  const mine = await (await page.request.get("/api/analytics/cash-flow?range=last_3_months")).json();
  expect(mine.total).toEqual({ inflow: 0, outflow: 0, net: 0, income: 0, spending: 0 });
  const merchants = await (await page.request.get("/api/analytics/merchants?range=last_12_months")).json();
  expect(merchants.merchants).toEqual([]);
  const overview = await (await page.request.get("/api/analytics/overview")).json();
  expect(overview.accounts).toEqual([]);
  expect((await request.get("/api/analytics/overview")).status()).toBe(401);
  const badRange = await page.request.get("/api/analytics/cash-flow?range=custom&from=2026-01-01");
  expect(badRange.status()).toBe(422);
  expect((await badRange.json()).error.message).toBe("to: is required for a custom range");
});

test("the auth pages pass the accessibility check", async ({ page }) => {
  const pages = new DashboardPages(page);
  for (const path of ["/sign-in", "/register"]) {
    await page.goto(path);
    await pages.expectAccessible();
  }
});
