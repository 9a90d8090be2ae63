import { describe, expect, it } from "vitest";
import { bankViewAt } from "@/lib/generator/bank-view-at";
import { generateHistory } from "@/lib/generator/generate-history";
import { renderAccounts, renderTransactionsPage, type BankBSyncPage } from "./bank-b";

const { dataset, truth } = generateHistory({ seed: 11, months: 4, persona: "us" });

function syncAll(instant: string, cursor: string | null, count = 20): { pages: BankBSyncPage[]; cursor: string } {
  const pages: BankBSyncPage[] = [];
  let next = cursor;
  for (;;) {
    const page = renderTransactionsPage(bankViewAt(dataset, instant), { cursor: next, count });
    pages.push(page);
    next = page.nextCursor;
    if (!page.hasMore) return { pages, cursor: page.nextCursor };
  }
}

describe("BankB renderTransactionsPage (sync)", () => {
  it("pages an initial sync as added rows, then reports later changes as deltas", () => {
    const t1 = "2024-02-15T00:00:00.000Z";
    const t2 = "2024-03-15T00:00:00.000Z";
    const first = syncAll(t1, null);
    expect(first.pages.length).toBeGreaterThan(2);
    const added = first.pages.flatMap((p) => p.added);
    expect(added.map((r) => r.id).sort()).toEqual(bankViewAt(dataset, t1).transactions.map((t) => t.id).sort());
    expect(first.pages.flatMap((p) => p.modified)).toEqual([]);

    const second = syncAll(t2, first.cursor);
    const laterView = bankViewAt(dataset, t2);
    const addedIds = new Set(second.pages.flatMap((p) => p.added.map((r) => r.id)));
    expect(addedIds).toEqual(new Set(laterView.transactions.filter((t) => t.firstSeenAt > t1).map((t) => t.id)));
    const modified = second.pages.flatMap((p) => p.modified);
    expect(modified.length).toBeGreaterThan(0);
    for (const record of modified) expect(addedIds.has(record.id)).toBe(false);
    expect(renderTransactionsPage(bankViewAt(dataset, t2), { cursor: second.cursor }).added).toEqual([]);
  });

  it("lets a client that syncs daily end up with exactly the bank's current state", () => {
    const store = new Map<string, { amount: number; status: string; description: string }>();
    let cursor: string | null = null;
    let removals = 0;
    let modifications = 0;
    for (let day = 1; day <= 60; day += 1) {
      const instant = new Date(Date.UTC(2024, 1, day, 6)).toISOString();
      const session = syncAll(instant, cursor);
      cursor = session.cursor;
      for (const page of session.pages) {
        for (const r of [...page.added, ...page.modified]) store.set(r.id, { amount: r.amount.value, status: r.status, description: r.description });
        for (const r of page.removed) expect(store.delete(r.transactionId)).toBe(true);
        removals += page.removed.length;
        modifications += page.modified.length;
      }
    }
    const finalView = bankViewAt(dataset, new Date(Date.UTC(2024, 1, 60, 6)).toISOString());
    expect(removals).toBeGreaterThan(0);
    expect(modifications).toBeGreaterThan(0);
    expect(new Map([...store].sort())).toEqual(
      new Map(finalView.transactions.map((t) => [t.id, { amount: -t.amount, status: t.pending ? "pending" : "posted", description: t.description }] as const).sort()),
    );
  });

  it("keeps a paging session's change list fixed even if the bank moves on between pages", () => {
    const start = "2024-02-01T00:00:00.000Z";
    const first = renderTransactionsPage(bankViewAt(dataset, start), { count: 40 });
    const stable = renderTransactionsPage(bankViewAt(dataset, start), { cursor: first.nextCursor, count: 40 });
    const mutated = renderTransactionsPage(bankViewAt(dataset, "2024-02-20T00:00:00.000Z"), { cursor: first.nextCursor, count: 40 });
    expect(mutated.added.map((r) => r.id)).toEqual(stable.added.map((r) => r.id));
  });

  it("sends Plaid-signed minor units, offset timestamps, nested merchant and the pending link", () => {
    const view = bankViewAt(dataset, dataset.endsAt);
    const pair = truth.pendingPosted.find((p) => p.pendingId !== p.postedId);
    const page = syncAll(dataset.endsAt, null, 500).pages.flatMap((p) => p.added);
    const posted = page.find((r) => r.id === pair?.postedId);
    const source = view.transactions.find((t) => t.id === pair?.postedId);
    expect(posted).toMatchObject({ amount: { value: -(source?.amount ?? 0), currency: "USD" }, pendingTransactionId: pair?.pendingId, status: "posted" });
    expect(posted?.authorizedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-05:00$/);
    expect(posted?.merchant).toEqual({ name: source?.merchantName, mcc: source?.mcc, city: source?.merchantCity });
    expect(JSON.stringify(page)).not.toMatch(/food_and_dining|"category":"transfers"/);
  });
});

describe("BankB renderAccounts", () => {
  it("reports card debt as a positive current balance", () => {
    const accounts = renderAccounts(bankViewAt(dataset, dataset.endsAt, { bankId: "bank-b" })).accounts;
    expect(accounts).toHaveLength(1);
    expect(accounts[0]?.type).toBe("credit");
    expect(accounts[0]?.balances.current.value).toBeGreaterThan(0);
  });
});
