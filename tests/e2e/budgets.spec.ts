import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { AuthPages, uniqueEmail } from "./support/auth-pages";
import { DashboardPages } from "./support/dashboard-pages";

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
  await listener.getByRole("button", { name: `Mark as read: ${name} budget reached` }).click();
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

test("webhooks are added with their secret shown once, tested, listed with their deliveries and deleted", async ({ page }) => {
  const received: { path: string; signature: string | undefined }[] = [];
  const receiver = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      received.push({ path: req.url ?? "", signature: req.headers["fathom-signature"] as string | undefined });
      res.writeHead(req.url === "/refuses" ? 410 : 204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  try {
    await new AuthPages(page).register("Hook Hana", uniqueEmail("hooks"), "correct-horse-battery-staple");
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto("/settings");
    await page.getByRole("link", { name: "Manage webhooks" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    await expect(page.getByText("No webhooks yet")).toBeVisible();

    await page.getByLabel("Endpoint URL").fill("ftp://example.com/hook");
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("url: must start with http:// or https://");

    await page.getByLabel("Endpoint URL").fill(`${base}/fathom`);
    await expect(page.getByLabel(/Budget alerts/)).toBeChecked();
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.getByTestId("new-webhook-secret")).toHaveValue(/^whsec_/);
    const row = page.getByTestId("webhook-row").filter({ hasText: `${base}/fathom` });
    await expect(row).toContainText("alert.created");

    await row.getByRole("button", { name: `Send test to ${base}/fathom` }).click();
    await expect(page.getByTestId("webhook-message")).toHaveText(`Test to ${base}/fathom: delivered (HTTP 204)`);
    expect(received).toEqual([{ path: "/fathom", signature: expect.stringMatching(/^v1=[0-9a-f]{64}$/) }]);
    await expect(page.getByTestId("webhook-delivery").first()).toContainText("webhook.test");
    await expect(page.getByTestId("webhook-delivery").first()).toContainText("delivered (HTTP 204)");
    await page.reload();
    await expect(page.getByTestId("new-webhook-secret")).toHaveCount(0);

    await page.getByLabel("Endpoint URL").fill(`${base}/refuses`);
    await page.getByRole("button", { name: "Add webhook" }).click();
    const refusing = page.getByTestId("webhook-row").filter({ hasText: `${base}/refuses` });
    await refusing.getByRole("button", { name: `Send test to ${base}/refuses` }).click();
    await expect(page.getByTestId("webhook-message")).toHaveText(`Test to ${base}/refuses: failed: HTTP 410`);

    await refusing.getByRole("button", { name: `Delete ${base}/refuses` }).click();
    await refusing.getByRole("button", { name: `Confirm delete of ${base}/refuses` }).click();
    await expect(page.getByTestId("webhook-message")).toHaveText(`Deleted the webhook to ${base}/refuses.`);
    await expect(page.getByTestId("webhook-row")).toHaveCount(1);
    await new DashboardPages(page).expectAccessible();
  } finally {
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
});
