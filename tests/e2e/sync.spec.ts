import { expect, test } from "@playwright/test";
import { AuthPages, uniqueEmail } from "./support/auth-pages";
import { AccountsPage } from "./support/bank-link-pages";
import { ConnectionPage, ReviewPage } from "./support/sync-pages";

interface ListedTransaction {
  id: string;
  date: string;
  description: string;
  amount: number;
  accountId: string;
  pending: boolean;
}

/** A posted row whose amount no other row of its account has, old enough that two days later is still in the past. */
function pickUniqueRow(rows: ListedTransaction[]): ListedTransaction {
  const latest = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
  const count = new Map<string, number>();
  for (const row of rows) count.set(`${row.accountId}:${row.amount}`, (count.get(`${row.accountId}:${row.amount}`) ?? 0) + 1);
  const found = rows.find((row) => !row.pending && row.amount < 0 && row.date <= latest && count.get(`${row.accountId}:${row.amount}`) === 1);
  if (!found) throw new Error("the linked bank has no posted row with a unique amount");
  return found;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

test("link a bank, sync it, see its transactions and status, decide a possible duplicate and undo the merge", async ({ page }) => {
  test.setTimeout(240_000);
  await new AuthPages(page).register("Sydney Syncer", uniqueEmail("syncer"), "correct-horse-battery-staple");
  await expect(page).toHaveURL(/\/dashboard$/);

  const accounts = new AccountsPage(page);
  await accounts.open();
  const consent = await accounts.startLinking("Harbor Trust Bank");
  await consent.expectBank("HARBOR TRUST");
  await consent.signIn("alex.morgan", "harbor-demo-2026");
  await consent.approve();
  await expect(accounts.outcome()).toHaveText("Linked Harbor Trust Bank: 2 accounts.");

  await accounts.connection("Harbor Trust Bank").getByRole("link", { name: "Harbor Trust Bank" }).click();
  const connection = new ConnectionPage(page);
  await connection.expectOpen("Harbor Trust Bank");
  await expect(connection.status()).toHaveText("Connected");
  await expect(connection.lastSync()).not.toHaveText("Never");
  await expect(connection.runs()).toHaveCount(1);
  await expect(connection.runs().first()).toContainText("link");
  await expect(connection.runs().first()).toContainText("Succeeded");

  await connection.syncNow();
  await expect(connection.runs()).toHaveCount(2);
  await expect(connection.runs().first()).toContainText("manual");
  await expect(connection.status()).toHaveText("Connected");

  // The same "Sync now" over the JSON route; foreign and malformed ids are simply not found.
  const connectionId = connection.id();
  const synced = await page.request.post(`/api/connections/${connectionId}/sync`);
  expect(synced.status()).toBe(200);
  expect(await synced.json()).toMatchObject({ status: "succeeded", error: null, added: 0 });
  expect((await page.request.post("/api/connections/00000000-0000-7000-8000-000000000000/sync")).status()).toBe(404);
  expect((await page.request.get("/api/connections/not-a-connection/sync")).status()).toBe(404);

  await page.goto("/transactions");
  await expect(page.getByTestId("transaction-row").first()).toBeVisible();

  // A statement line with the amount of a synced row, two days off and worded differently: similar, not certain.
  const listed = await page.request.get("/api/transactions?limit=500");
  expect(listed.status()).toBe(200);
  const copied = pickUniqueRow(((await listed.json()) as { transactions: ListedTransaction[] }).transactions);
  const csv = `Date,Description,Amount\n${addDays(copied.date, 2)},STATEMENT LINE 7731,${(copied.amount / 100).toFixed(2)}\n`;
  const queued = await page.request.post("/api/imports", {
    multipart: { accountId: copied.accountId, file: { name: "statement.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } },
  });
  expect(queued.status()).toBe(202);
  const { job } = (await queued.json()) as { job: { id: string } };
  await expect.poll(async () => ((await (await page.request.get(`/api/imports/${job.id}`)).json()) as { job: { status: string } }).job.status, { timeout: 60_000 }).toBe("succeeded");

  await page.goto(`/connections/${connectionId}`);
  await expect(connection.reviewCount().getByRole("link", { name: /^Review/ })).toBeVisible();
  await connection.reviewCount().getByRole("link", { name: /^Review/ }).click();

  const review = new ReviewPage(page);
  await expect(page.getByRole("heading", { name: "Review duplicates", level: 1 })).toBeVisible();
  const pair = review.item("STATEMENT LINE 7731");
  await expect(pair).toHaveCount(1);
  await expect(pair.getByTestId("review-score")).toHaveText("60%");
  await expect(pair.getByTestId("review-reasons")).toContainText("same amount");
  await expect(pair.getByTestId("review-reasons")).toContainText("dates 2 days apart");
  await expect(pair.getByTestId("review-side").first()).toContainText(copied.description);
  await review.decide(pair, "Merge");

  const merged = review.merged("STATEMENT LINE 7731");
  await expect(merged).toHaveCount(1);
  await review.undo(merged);
  await review.open();
  await expect(review.item("STATEMENT LINE 7731")).toHaveCount(0);
  await expect(review.merged("STATEMENT LINE 7731")).toHaveCount(0);

  // Both rows are back in the list after the undo.
  await page.goto(`/transactions?q=${encodeURIComponent("STATEMENT LINE 7731")}`);
  await expect(page.getByTestId("transaction-row")).toHaveCount(1);
});
