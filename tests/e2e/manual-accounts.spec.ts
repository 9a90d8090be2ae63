import { expect, test, type Page } from "@playwright/test";
import { AuthPages, uniqueEmail } from "./support/auth-pages";

const PASSWORD = "correct-horse-battery-staple";

/** The first of the month two months back: three monthly occurrences are due by today. */
function twoMonthsAgoFirst(): string {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1));
  return date.toISOString().slice(0, 10);
}

async function createManualAccount(page: Page, name: string, currency: string, openingBalance: string): Promise<void> {
  await page.goto("/accounts/manual/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Type").selectOption("cash");
  await page.getByLabel("Currency").fill(currency);
  await page.getByLabel("Opening balance").fill(openingBalance);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();
}

test("a manual account in yen: converted amounts show their rate, bulk delete undoes, schedules run once, a goal reaches a milestone", async ({ page }) => {
  await new AuthPages(page).register("Yuki Tanaka", uniqueEmail("manual"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);

  await createManualAccount(page, "Tokyo wallet", "JPY", "10000");
  await expect(page.getByTestId("account-balance")).toHaveText("¥10,000");
  // The balance in the home currency (USD) carries the reference rate and its date.
  await expect(page.getByTestId("converted-amount").first()).toHaveAttribute("title", /^1 JPY = 0\.\d+ USD on \d{4}-\d{2}-\d{2}$/);

  await page.getByLabel("Amount (JPY)").fill("1500");
  await page.getByLabel("Description").fill("Ramen");
  await page.getByRole("button", { name: "Add transaction" }).click();
  // Scoped: a loading skeleton is a status region too.
  await expect(page.getByRole("status").filter({ hasText: "Transaction added" })).toHaveText("Transaction added");
  const ramen = page.getByTestId("transaction-row").filter({ hasText: "Ramen" });
  await expect(ramen).toContainText("-¥1,500");
  await expect(ramen.getByTestId("converted-amount")).toHaveAttribute("title", /^1 JPY = 0\.\d+ USD on /);
  await expect(ramen.getByTestId("converted-amount")).toHaveText(/^-\$\d+\.\d{2}$/);
  await expect(page.getByTestId("account-balance")).toHaveText("¥8,500");

  // Typing yen with decimals is refused, naming the field.
  await page.getByLabel("Amount (JPY)").fill("12.50");
  await page.getByLabel("Description").fill("Coffee");
  await page.getByRole("button", { name: "Add transaction" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText('amount: "12.50" has more decimal places than JPY allows (0)');

  // Bulk delete, then undo.
  await page.getByLabel(/^Select Ramen on /).check();
  await page.getByRole("button", { name: "Delete selected (1)" }).click();
  await expect(page.getByText("1 transaction deleted.")).toBeVisible();
  await expect(page.getByTestId("account-balance")).toHaveText("¥10,000");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(ramen).toBeVisible();
  await expect(page.getByTestId("account-balance")).toHaveText("¥8,500");

  // A monthly schedule started two months back creates three occurrences, once.
  await page.getByRole("link", { name: "Scheduled" }).click();
  await expect(page.getByRole("heading", { name: "Scheduled transactions" })).toBeVisible();
  await page.getByLabel("Amount", { exact: true }).fill("800");
  await page.getByLabel("Description").fill("Gym pass");
  await page.getByLabel("Start date").fill(twoMonthsAgoFirst());
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByText("Scheduled. 3 past occurrence(s) created now.")).toBeVisible();
  await expect(page.getByTestId("occurrence-count")).toContainText("3 created");
  await page.getByRole("button", { name: "Run due now" }).click();
  await expect(page.getByText("0 new occurrence(s) created")).toBeVisible();
  await expect(page.getByTestId("occurrence-count")).toContainText("3 created");

  // The goal: half of the target at once crosses 25% and 50%.
  await page.getByRole("link", { name: "Goals" }).click();
  await page.getByLabel("Goal name").fill("Trip to Kyoto");
  await page.getByLabel("Target amount").fill("1000");
  await page.getByRole("button", { name: "Create goal" }).click();
  const goal = page.getByTestId("goal");
  await expect(goal).toContainText("0%");
  await goal.getByLabel("Contribution (USD)").fill("500");
  await goal.getByRole("button", { name: "Add contribution" }).click();
  await expect(goal.getByRole("status")).toHaveText("Milestone reached: Trip to Kyoto is 25% there; Trip to Kyoto is 50% there");
  await expect(goal.getByTestId("goal-percent")).toHaveText("50%");
  await expect(goal.getByTestId("goal-milestones")).toHaveText("Milestones reached: 25%, 50%");
});
