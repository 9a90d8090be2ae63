import { expect, test, type Page } from "@playwright/test";
import { AuthPages, uniqueEmail } from "./support/auth-pages";
import { ImportPages } from "./support/import-pages";

const PASSWORD = "correct-horse-battery-staple";
const today = () => new Date().toISOString().slice(0, 10);

/** Page object for one transaction's detail: effective values, correction forms and lineage. */
class TransactionDetailPage {
  constructor(private readonly page: Page) {}

  effective(testId: string) {
    return this.page.getByTestId(testId);
  }

  async correctAmount(amount: string): Promise<void> {
    await this.page.getByLabel("Amount (negative is money out)").fill(amount);
    await this.page.getByRole("button", { name: "Save amount" }).click();
    await expect(this.page.getByRole("status")).toHaveText("Amount corrected.");
  }

  async revert(field: string): Promise<void> {
    await this.page.getByRole("button", { name: `Revert ${field} correction` }).click();
  }
}

/** The row's link shows the merchant name the categorizer derived, so the row is found by the bank's description. */
async function openTransaction(page: Page, description: string): Promise<void> {
  await page.getByTestId("transaction-row").filter({ hasText: description }).getByRole("link", { name: /^Details of / }).click();
}

async function api<T>(page: Page, url: string, data: unknown): Promise<T> {
  const response = await page.request.post(url, { data });
  expect(response.ok(), `${url}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

test("filter, correct, revert, split, transfer-match, reconcile and audit in the browser", async ({ page }) => {
  await new AuthPages(page).register("Robin Reconcile", uniqueEmail("transactions"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  const checking = (await api<{ account: { id: string } }>(page, "/api/accounts/manual", { name: "Everyday", type: "checking", currency: "USD", openingBalance: "1000.00" })).account.id;
  const savings = (await api<{ account: { id: string } }>(page, "/api/accounts/manual", { name: "Rainy day", type: "savings", currency: "USD", openingBalance: "0" })).account.id;
  await api(page, "/api/manual-transactions", { kind: "expense", accountId: checking, amount: "60.00", date: today(), description: "Hardware store" });
  await api(page, "/api/manual-transactions", { kind: "expense", accountId: checking, amount: "250.00", date: today(), description: "Move to rainy day" });
  await api(page, "/api/manual-transactions", { kind: "income", accountId: savings, amount: "250.00", date: today(), description: "From everyday" });

  // Filters live in the URL, so the filtered list is a shareable link; a malformed one names the parameter.
  await page.goto("/transactions");
  await page.getByLabel("Search description or merchant").fill("hardware");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]q=hardware/);
  await expect(page.getByTestId("transaction-row")).toHaveCount(1);
  await expect(page.getByTestId("transaction-totals")).toContainText("1 transaction");
  await page.goto("/transactions?minAmount=lots");
  await expect(page.getByRole("alert").filter({ hasText: "minAmount" })).toHaveText("This filter is not valid: minAmount: must be a whole number of minor units (cents)");
  const bad = await page.request.get("/api/transactions?status=cleared");
  expect(bad.status()).toBe(422);
  expect(await bad.json()).toEqual({ error: { code: "validation", message: "status: must be pending or posted" } });

  // The transfer legs were matched as they were entered.
  await page.goto("/transactions");
  await expect(page.getByTestId("transaction-row").filter({ hasText: "Move to rainy day" }).getByText("Transfer", { exact: true })).toBeVisible();
  await openTransaction(page, "Move to rainy day");
  await expect(page.getByTestId("effective-transfer")).toContainText("Yes, with From everyday (Rainy day)");
  await expect(page.getByTestId("effective-transfer")).toContainText("Transfer matcher");

  // Correct an amount, then revert it: the value and where it comes from go back exactly.
  await page.goto("/transactions");
  await openTransaction(page, "Hardware store");
  const detail = new TransactionDetailPage(page);
  await expect(detail.effective("effective-amount")).toContainText("-$60.00");
  await detail.correctAmount("-55.00");
  await expect(detail.effective("effective-amount")).toContainText("-$55.00");
  await expect(detail.effective("effective-amount")).toContainText("Your correction");
  await expect(page.getByTestId("history-event").filter({ hasText: "Corrected" })).toHaveCount(1);
  await detail.revert("amount");
  await expect(detail.effective("effective-amount")).toContainText("-$60.00");
  await expect(detail.effective("effective-amount")).toContainText("Entered by hand");
  await expect(page.getByTestId("history-event").filter({ hasText: "Correction reverted" })).toHaveCount(1);

  // Split across two categories; lines that do not add up are refused with the reason.
  const split = page.getByRole("form", { name: "Split into categories" });
  await split.getByLabel("Line 1 category").selectOption({ label: "Shopping" });
  await split.getByLabel("Line 1 amount").fill("-40.00");
  await split.getByLabel("Line 2 category").selectOption({ label: "Travel" });
  await split.getByLabel("Line 2 amount").fill("-10.00");
  await split.getByRole("button", { name: "Save split" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "splits:" })).toHaveText("splits: the lines add up to -5000 but the transaction is -6000 (minor units)");
  await split.getByLabel("Line 2 amount").fill("-20.00");
  await split.getByRole("button", { name: "Save split" }).click();
  await expect(page.getByRole("list", { name: "Split lines" })).toContainText("Shopping: -$40.00");
  await expect(detail.effective("effective-category")).toContainText("Split");

  // Reconcile the checking account against a statement that is off by the hardware purchase.
  await page.goto(`/accounts/${checking}`);
  await page.getByRole("link", { name: "Reconcile with a statement" }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${checking}/reconcile$`));
  await page.getByLabel("Statement date").fill(today());
  await page.getByLabel("Statement balance (USD)").fill("750.00");
  await page.getByRole("button", { name: "Reconcile" }).click();
  await expect(page.getByTestId("reconciliation-difference").first()).toHaveText("Difference: $60.00");
  await expect(page.getByTestId("explaining-transaction").first()).toContainText("Hardware store");

  // Every change is in the activity log, filterable by action.
  await page.getByRole("link", { name: "Activity" }).click();
  await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
  await page.getByLabel("Action", { exact: true }).selectOption("transaction.correction_reverted");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/action=transaction.correction_reverted/);
  await expect(page.getByTestId("activity-entry")).toHaveCount(1);
});

/** A one-row OFX statement: the same FITID in two versions is the bank changing that transaction. */
function statement(amount: string): { name: string; mimeType: string; buffer: Buffer } {
  const ofx = [
    "OFXHEADER:100", "DATA:OFXSGML", "VERSION:102", "", "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD",
    "<BANKACCTFROM><BANKID>011000015<ACCTID>55443322<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST>",
    `<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260304<TRNAMT>${amount}<FITID>E2E-LINEAGE-1<NAME>CORNER DELI</STMTTRN>`,
    "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>",
  ].join("\n");
  return { name: `deli-${amount}.ofx`, mimeType: "application/x-ofx", buffer: Buffer.from(ofx) };
}

test("the lineage shows a correction kept over the bank's later change, and every version the bank sent", async ({ page }) => {
  await new AuthPages(page).register("Lee Lineage", uniqueEmail("lineage"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  const imports = new ImportPages(page);
  await imports.start();
  await imports.intoNewAccount("Deli card", "USD");
  await page.getByLabel("Statement file").setInputFiles(statement("-20.00"));
  await imports.preview();
  await imports.confirmAndWait();

  await page.goto("/transactions?q=corner+deli");
  await openTransaction(page, "CORNER DELI");
  const detail = new TransactionDetailPage(page);
  await expect(detail.effective("effective-amount")).toContainText("The bank");
  await detail.correctAmount("-18.00");
  const detailUrl = page.url();

  // The bank's next statement changes the amount of the same transaction (same FITID).
  await imports.start();
  await imports.intoAccount("Deli card (USD)");
  await page.getByLabel("Statement file").setInputFiles(statement("-22.00"));
  await imports.preview();
  await imports.confirmAndWait();

  await page.goto(detailUrl);
  await expect(detail.effective("effective-amount")).toContainText("-$18.00");
  await expect(detail.effective("effective-amount")).toContainText("Your correction");
  await expect(detail.effective("effective-amount")).toContainText("-$22.00");
  const history = page.getByTestId("history-event");
  await expect(history.filter({ hasText: "Added" })).toHaveCount(1);
  await expect(history.filter({ hasText: "Corrected" }).filter({ hasText: "(user)" })).toHaveCount(1);
  await expect(history.filter({ hasText: "Changed by the bank" })).toHaveCount(1);
  const versions = page.getByTestId("provider-record");
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText("-20.00");
  await expect(versions.nth(1)).toContainText("-22.00");

  // Reverting the correction gives the bank's latest value, not the first one.
  await detail.revert("amount");
  await expect(detail.effective("effective-amount")).toContainText("-$22.00");
  await expect(detail.effective("effective-amount")).toContainText("The bank");
});

test("another user's transaction, correction and account answer 404", async ({ page }) => {
  await new AuthPages(page).register("Owner", uniqueEmail("owner"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  const account = (await api<{ account: { id: string } }>(page, "/api/accounts/manual", { name: "Mine", type: "checking", currency: "USD", openingBalance: "0" })).account.id;
  await api(page, "/api/manual-transactions", { kind: "expense", accountId: account, amount: "9.00", date: today(), description: "Private thing" });
  const list = (await (await page.request.get("/api/transactions")).json()) as { transactions: { id: string }[] };
  const id = list.transactions[0]?.id ?? "";
  const { correction } = await api<{ correction: { correctionId: string } }>(page, `/api/transactions/${id}/corrections`, { field: "notes", notes: "secret" });
  await new AuthPages(page).signOut();

  await new AuthPages(page).register("Intruder", uniqueEmail("intruder"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  expect((await page.request.get(`/api/transactions/${id}`)).status()).toBe(404);
  expect((await page.request.post(`/api/transactions/${id}/corrections`, { data: { field: "notes", notes: "mine now" } })).status()).toBe(404);
  expect((await page.request.post(`/api/transactions/corrections/${correction.correctionId}/revert`)).status()).toBe(404);
  expect((await page.request.post("/api/transactions/bulk", { data: { action: "exclude", transactionIds: [id] } })).status()).toBe(404);
  expect((await page.request.post(`/api/transactions/${id}/merges/${correction.correctionId}/undo`)).status()).toBe(404);
  expect(((await (await page.request.get("/api/transactions")).json()) as { transactions: unknown[] }).transactions).toEqual([]);
  await page.goto(`/transactions/${id}`);
  await expect(page.getByText(/not found|could not be found|404/i).first()).toBeVisible();
  await page.goto(`/accounts/${account}/reconcile`);
  await expect(page.getByText(/not found|could not be found|404/i).first()).toBeVisible();
});
