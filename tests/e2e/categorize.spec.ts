import { expect, test, type Page } from "@playwright/test";
import { AuthPages, uniqueEmail } from "./support/auth-pages";

/** Page object for the transactions list: per-row category select and "why" disclosure. */
class TransactionsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/transactions");
    await expect(this.page.getByRole("heading", { name: "Transactions", level: 1 })).toBeVisible();
  }

  row(description: string) {
    return this.page.getByTestId("transaction-row").filter({ hasText: description });
  }

  categorySelect(description: string) {
    return this.page.getByLabel(`Category for ${description}`, { exact: true });
  }

  selectedCategory(description: string) {
    return this.categorySelect(description).locator("option:checked");
  }

  async explain(description: string) {
    const summary = this.row(description).getByText("Why this category?");
    await summary.focus();
    await this.page.keyboard.press("Enter");
    return this.row(description).getByTestId("category-explanation");
  }

  prompt() {
    return this.page.getByRole("region", { name: "Apply to similar transactions" });
  }
}

const FIRST_UBER = "UBER *TRIP HELP.UBER.COM";
const OTHER_UBERS = ["UBER *TRIP 4KD9 HELP.UBER.COM", "UBER *TRIP 7PQ1 HELP.UBER.COM"];

test("correcting a category offers to apply it to the merchant's other transactions, and explains why", async ({ page }) => {
  await new AuthPages(page).signIn("demo@fathom.local", "ledger-sunrise-2026");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("link", { name: "Transactions" }).click();
  const transactions = new TransactionsPage(page);
  await expect(page.getByRole("heading", { name: "Transactions", level: 1 })).toBeVisible();

  await expect(await transactions.explain("NETFLIX.COM 866-579-7172 CA")).toHaveText("Netflix is a known merchant in this category (90% sure).");
  for (const description of [FIRST_UBER, ...OTHER_UBERS]) await expect(transactions.selectedCategory(description)).toHaveText(/Rideshare & Taxi/);

  await transactions.categorySelect(FIRST_UBER).selectOption({ label: "Travel" });
  await expect(transactions.prompt()).toContainText("Apply to 2 other Uber transactions?");
  await transactions.prompt().getByRole("button", { name: "Apply to 2 transactions" }).click();
  await expect(transactions.prompt().getByRole("status")).toHaveText("Moved 2 transactions to Travel.");

  for (const description of [FIRST_UBER, ...OTHER_UBERS]) await expect(transactions.selectedCategory(description)).toHaveText("Travel");
  await transactions.open();
  for (const description of [FIRST_UBER, ...OTHER_UBERS]) await expect(transactions.selectedCategory(description)).toHaveText("Travel");
  await expect(await transactions.explain(OTHER_UBERS[0] ?? "")).toHaveText("You chose Travel for this transaction; rules and sync never override it.");
  await expect(transactions.row(FIRST_UBER).getByText("You", { exact: true })).toBeVisible();
});

test("a rule is previewed before saving, and bad rules name the field", async ({ page }) => {
  await new AuthPages(page).signIn("demo@fathom.local", "ledger-sunrise-2026");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/rules");
  await page.getByLabel("Rule name").fill("Pizza is a treat");
  await page.getByLabel("Field", { exact: true }).selectOption({ label: "Merchant" });
  await page.getByLabel("Match", { exact: true }).selectOption({ label: "matches pattern" });
  await page.getByLabel("Text", { exact: true }).fill("(a+)+$");
  await page.getByLabel("Set category").selectOption({ label: "Entertainment" });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("conditions.0.value: unsafe regex");

  await page.getByLabel("Match", { exact: true }).selectOption({ label: "contains" });
  await page.getByLabel("Text", { exact: true }).fill("pizza");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("rule-preview")).toHaveText("Would change 1 transaction.");
  await page.getByRole("button", { name: "Save rule" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Pizza is a treat" })).toBeVisible();

  await page.goto("/transactions");
  await expect(new TransactionsPage(page).selectedCategory("TST* JOES PIZZA 1234")).toHaveText("Entertainment");
  await expect(await new TransactionsPage(page).explain("TST* JOES PIZZA 1234")).toHaveText('Your rule "Pizza is a treat" puts it in Entertainment.');
});

test("another user can neither read nor change the demo user's categories, rules or transactions", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.signIn("demo@fathom.local", "ledger-sunrise-2026");
  await expect(page).toHaveURL(/\/dashboard$/);
  const { categories } = await (await page.request.get("/api/categories")).json();
  const categoryId: string = categories[0].id;
  const { rules } = await (await page.request.get("/api/rules")).json();
  await page.goto("/transactions");
  const transactionId = await page.getByTestId("transaction-row").first().getAttribute("data-transaction-id");
  await auth.signOut();

  await auth.register("Mallory", uniqueEmail("mallory"), "correct-horse-battery-staple");
  await expect(page).toHaveURL(/\/dashboard$/);
  const notFound = async (response: Promise<{ status(): number }>) => expect((await response).status()).toBe(404);
  await notFound(page.request.get(`/api/categories/${categoryId}`));
  await notFound(page.request.patch(`/api/categories/${categoryId}`, { data: { name: "Mine now" } }));
  const own = (await (await page.request.get("/api/categories")).json()).categories[0].id as string;
  await notFound(page.request.put(`/api/transactions/${transactionId}/category`, { data: { categoryId: own } }));
  await notFound(page.request.get(`/api/transactions/${transactionId}/category/similar`));
  if (rules.length > 0) await notFound(page.request.patch(`/api/rules/${rules[0].id}`, { data: { enabled: false } }));
  expect((await (await page.request.get("/api/rules")).json()).rules).toEqual([]);
  const bad = await page.request.post("/api/rules", { data: { name: "x", conditions: [], actions: [{ type: "exclude" }] } });
  expect(bad.status()).toBe(422);
  expect(await bad.json()).toEqual({ error: { code: "validation", message: "conditions: a rule needs at least one condition" } });
});
