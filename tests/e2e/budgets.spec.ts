import { expect, test, type Page } from "@playwright/test";
import { AuthPages } from "./support/auth-pages";

/** Page object for the budgets pages and the alert centre. */
class BudgetPages {
  constructor(private readonly page: Page) {}

  async create(values: { name: string; scope: "One category" | "All spending"; category?: string; period: string; amount: string }): Promise<void> {
    await this.page.goto("/budgets/new");
    await this.page.getByLabel("Name").fill(values.name);
    await this.page.getByLabel("Covers", { exact: true }).selectOption({ label: values.scope });
    if (values.category) await this.page.getByLabel("Category", { exact: true }).selectOption({ label: values.category });
    await this.page.getByLabel("Period", { exact: true }).selectOption({ label: values.period });
    await this.page.getByLabel(/^Amount/).fill(values.amount);
    await this.page.getByRole("button", { name: "Create budget" }).click();
  }

  formError() {
    return this.page.locator("form").getByRole("alert");
  }

  card(name: string) {
    return this.page.getByRole("region", { name });
  }
}

test("a budget is created, edited into a breach, and the alert arrives as a toast on another page and in the alert centre", async ({ browser }) => {
  const context = await browser.newContext();
  const listener = await context.newPage();
  await new AuthPages(listener).signIn("demo@fathom.local", "ledger-sunrise-2026");
  await expect(listener).toHaveURL(/\/dashboard$/);
  await expect(listener.getByTestId("alerts-link")).toBeVisible();

  const editor = await context.newPage();
  const budgets = new BudgetPages(editor);
  const name = `Everything ${Date.now()}`;

  // Bad input is explained, naming the field.
  await budgets.create({ name, scope: "All spending", period: "Yearly", amount: "lots" });
  await expect(budgets.formError()).toHaveText("amount: must be an amount like 250 or 250.00");

  await budgets.create({ name, scope: "All spending", period: "Yearly", amount: "1000000" });
  await expect(editor).toHaveURL(/\/budgets\/[0-9a-f-]{36}$/);
  await expect(editor.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(editor.getByRole("progressbar", { name: `${name} spent` })).toBeVisible();

  // The demo user's spending this year is far above $1: lowering the budget crosses 80% and 100%.
  await editor.getByLabel(/^Amount/).fill("1");
  await editor.getByRole("button", { name: "Save budget" }).click();
  await expect(editor.getByTestId("budget-pace")).toContainText(`over your ${name} budget`);

  const toasts = listener.getByTestId("alert-toast");
  await expect(toasts.filter({ hasText: `${name} budget reached` })).toBeVisible({ timeout: 10_000 });
  await expect(toasts.filter({ hasText: `${name} budget at 80%` })).toBeVisible();
  await expect(listener.getByTestId("unread-badge")).not.toHaveText("0");

  // The toast links to the budget; the alert centre lists both and marks them read.
  await listener.getByRole("link", { name: "Alerts" }).click();
  await expect(listener).toHaveURL(/\/alerts$/);
  const items = listener.getByTestId("alert-item").filter({ hasText: name });
  await expect(items).toHaveCount(2);
  await listener.getByRole("button", { name: `Mark "${name} budget reached" as read` }).click();
  await expect(items.filter({ hasText: `${name} budget reached` })).toHaveAttribute("data-read", "true");
  await listener.getByRole("button", { name: "Mark all as read" }).click();
  await expect(listener.getByTestId("unread-badge")).toHaveCount(0);

  // Once per period: saving again does not raise them a second time.
  await editor.getByRole("button", { name: "Save budget" }).click();
  await expect(editor.getByTestId("budget-pace")).toBeVisible();
  await listener.waitForTimeout(1_000);
  await expect(listener.getByTestId("alert-toast").filter({ hasText: name })).toHaveCount(2);

  // Another user sees neither the budget nor its alerts.
  const other = await browser.newContext();
  const mallory = await other.newPage();
  await new AuthPages(mallory).register("Mallory", `mallory-${Date.now()}@example.test`, "correct-horse-battery-staple");
  await expect(mallory).toHaveURL(/\/dashboard$/);
  const budgetUrl = new URL(editor.url()).pathname;
  expect((await mallory.request.get(`/api${budgetUrl}`)).status()).toBe(404);
  await mallory.goto("/alerts");
  await expect(mallory.getByText("No alerts yet.")).toBeVisible();

  // Delete.
  await editor.getByRole("button", { name: "Delete budget" }).click();
  await editor.getByRole("button", { name: "Yes, delete" }).click();
  await expect(editor).toHaveURL(/\/budgets$/);
  await expect(editor.getByText(name)).toHaveCount(0);
  await context.close();
  await other.close();
});
