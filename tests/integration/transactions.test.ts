import { describe, expect, it } from "vitest";
import { listAnomalyFlags } from "@/lib/anomalies/list-anomaly-flags";
import { loadCategorizationContext } from "@/lib/categorize/load-categorization-context";
import { applyBulkAction } from "@/lib/corrections/apply-bulk-action";
import { applyCorrection } from "@/lib/corrections/apply-correction";
import { revertCorrection } from "@/lib/corrections/revert-correction";
import { database, prisma } from "@/lib/db";
import { toErrorResponse } from "@/lib/errors";
import { findTransfers } from "@/lib/reconcile/find-transfers";
import { afterTransactionsStored } from "@/lib/sync/after-transactions-stored";
import { ingestCanonicalTransactions, type IngestRow } from "@/lib/sync/ingest-canonical-transactions";
import { getTransactionDetail } from "@/lib/transactions/get-transaction-detail";
import { searchTransactions } from "@/lib/transactions/search-transactions";
import type { SORTS } from "@/lib/transactions/transaction-filters";
import { undoTransactionMerge } from "@/lib/transactions/undo-transaction-merge";
import { createManualAccount, createTransaction, createUser } from "../helpers/factories";

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);
const statusOf = async (promise: Promise<unknown>) => toErrorResponse(await errorOf(promise));

async function seed() {
  const user = await createUser();
  const checking = await createManualAccount(user.id, "Checking");
  const savings = await createManualAccount(user.id, "Savings");
  const ids = {
    coffee: await createTransaction(user.id, checking, -450, "STARBUCKS STORE 12", "2026-03-01"),
    rent: await createTransaction(user.id, checking, -150_000, "RENT MARCH", "2026-03-02"),
    pay: await createTransaction(user.id, checking, 320_000, "ACME PAYROLL", "2026-03-03"),
    grocer: await createTransaction(user.id, savings, -6_120, "GROCER 42", "2026-03-04"),
    lunch: await createTransaction(user.id, checking, -1_250, "Lunch at Cafe Rio", "2026-03-05"),
  };
  await prisma().transaction.update({ where: { id: ids.lunch }, data: { merchantName: "Cafe Rio", pending: true } });
  return { user, checking, savings, ids };
}

/** Every id of the user's rows in `sort` order, read two at a time by following nextCursor. */
async function pageThrough(userId: string, sort: (typeof SORTS)[number]): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await searchTransactions(userId, { sort, limit: "2", ...(cursor ? { cursor } : {}) });
    seen.push(...page.items.map((t) => t.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return seen;
}

async function ingest(userId: string, rows: IngestRow[]) {
  const context = await loadCategorizationContext(prisma(), userId);
  await prisma().$transaction(async (tx) => {
    const result = await ingestCanonicalTransactions(tx, { userId, source: "sync", deliveryStartedAt: new Date(), context, rows });
    await afterTransactionsStored(tx, { userId, transactionIds: result.transactionIds, dates: rows.map((r) => r.date), today: "2026-03-31" });
  });
}

describe("text search", () => {
  it("is a case-insensitive substring match on description and merchant, for the owner only", async () => {
    const { user, ids } = await seed();
    await prisma().transaction.update({ where: { id: ids.grocer }, data: { merchantName: "Hillside Organics" } });
    const search = async (userId: string, q: string) => (await searchTransactions(userId, { q })).items.map((t) => t.id);
    expect(await search(user.id, "BUCKS sto")).toEqual([ids.coffee]);
    expect(await search(user.id, "side org")).toEqual([ids.grocer]);
    expect(await search(user.id, "cafe")).toEqual([ids.lunch]);
    // Shorter than a trigram: the index cannot narrow it, the answer is the same.
    expect(await search(user.id, "42")).toEqual([ids.grocer]);
    // LIKE's wildcards are ordinary characters in a search.
    expect(await search(user.id, "%")).toEqual([]);
    expect(await search(user.id, "GROCER_42")).toEqual([]);
    await prisma().transaction.update({ where: { id: ids.rent }, data: { description: "RENT 100% PAID_IN_FULL" } });
    expect(await search(user.id, "100% paid_in")).toEqual([ids.rent]);
    expect(await search((await createUser()).id, "starbucks")).toEqual([]);
  });

  it("is served by the pg_trgm indexes on this database (PostgreSQL or embedded PGlite)", async () => {
    const plans = await database().sql.transaction(async (tx) => {
      await tx.query("SET LOCAL enable_seqscan = off");
      const explain = async (column: string) => JSON.stringify((await tx.query(`EXPLAIN SELECT id FROM "Transaction" WHERE "${column}" ILIKE '%bucks sto%'`)).rows);
      return [await explain("description"), await explain("merchantName")];
    });
    expect(plans[0]).toContain("Transaction_userId_description_idx");
    expect(plans[1]).toContain("Transaction_userId_merchantName_idx");
  });
});

describe("listing transactions with filters", () => {
  it("filters by account, dates, amounts, status and text, with totals of the whole filtered set", async () => {
    const { user, checking, ids } = await seed();
    const byAccount = await searchTransactions(user.id, { accountId: checking });
    expect(byAccount.items.map((t) => t.id)).toEqual([ids.lunch, ids.pay, ids.rent, ids.coffee]);
    expect(byAccount.totals).toEqual({ count: 4, byCurrency: [{ currency: "USD", inflow: 320_000, outflow: -151_700, net: 168_300 }] });
    expect((await searchTransactions(user.id, { from: "2026-03-02", to: "2026-03-03" })).items.map((t) => t.id)).toEqual([ids.pay, ids.rent]);
    expect((await searchTransactions(user.id, { minAmount: "-10000", maxAmount: "0" })).items.map((t) => t.id)).toEqual([ids.lunch, ids.grocer, ids.coffee]);
    expect((await searchTransactions(user.id, { status: "pending" })).items.map((t) => t.id)).toEqual([ids.lunch]);
    expect((await searchTransactions(user.id, { q: "cafe rio" })).items.map((t) => t.id)).toEqual([ids.lunch]);
    expect((await searchTransactions(user.id, { q: "starbucks" })).items.map((t) => t.id)).toEqual([ids.coffee]);
    expect((await searchTransactions(user.id, { anomaly: "true" })).items).toEqual([]);
  });

  it("gives the API's totals with the first page only, the page's always", async () => {
    const { user, checking } = await seed();
    const first = await searchTransactions(user.id, { accountId: checking, limit: "2" }, { totals: "first_page" });
    expect(first.totals?.count).toBe(4);
    const second = await searchTransactions(user.id, { accountId: checking, limit: "2", cursor: first.nextCursor ?? "" }, { totals: "first_page" });
    expect(second.items).toHaveLength(2);
    expect(second.totals).toBeNull();
    expect((await searchTransactions(user.id, { accountId: checking, limit: "2", cursor: first.nextCursor ?? "" })).totals?.count).toBe(4);
    // Past the last row the page is empty, and the totals (otherwise carried on a row) are still the whole set's.
    const last = second.items[1];
    const beyond = await searchTransactions(user.id, { accountId: checking, limit: "2", cursor: `${last?.date}_${last?.id}` });
    expect(beyond.items).toEqual([]);
    expect(beyond.totals).toEqual(first.totals);
  });

  it("pages with a keyset cursor in every sort order without skipping or repeating", async () => {
    const { user, ids } = await seed();
    for (const [sort, expected] of [
      ["date_desc", [ids.lunch, ids.grocer, ids.pay, ids.rent, ids.coffee]],
      ["amount_asc", [ids.rent, ids.grocer, ids.lunch, ids.coffee, ids.pay]],
      ["amount_desc", [ids.pay, ids.coffee, ids.lunch, ids.grocer, ids.rent]],
    ] as const) {
      expect(await pageThrough(user.id, sort)).toEqual(expected);
    }
  });

  it.each([
    [{ accountId: "nope" }, "accountId: must be an account id"],
    [{ from: "2026-13-40" }, "from: must be a real date"],
    [{ from: "2026-03-05", to: "2026-03-01" }, "to: must be on or after from"],
    [{ minAmount: "12.5" }, "minAmount: must be a whole number of minor units (cents)"],
    [{ status: "cleared" }, "status: must be pending or posted"],
    [{ sort: "name" }, "sort: must be one of date_desc, date_asc, amount_desc, amount_asc"],
    [{ limit: "0" }, "limit: must be a whole number from 1 to 500"],
    [{ cursor: "garbage" }, "cursor: must be the nextCursor of a previous page"],
    [{ colour: "red" }, 'Unrecognized key: "colour"'],
  ])("refuses %o with a 422 naming the parameter", async (params, message) => {
    const user = await createUser();
    expect(await statusOf(searchTransactions(user.id, params))).toMatchObject({ status: 422, body: { error: { code: "validation", message } } });
  });
});

describe("the list's and detail's SQL", () => {
  it("combines every filter, and its totals count only this user's filtered, visible rows per currency", async () => {
    const { user, checking, savings, ids } = await seed();
    const mallory = await createUser("Mallory");
    const malloryAccount = await createManualAccount(mallory.id, "Checking");
    // The same description, dates and amounts in another user's account: never listed, never totalled.
    for (const [amount, day] of [[-450, "01"], [-1_250, "05"], [320_000, "03"]] as const) await createTransaction(mallory.id, malloryAccount, amount, "STARBUCKS STORE 12", `2026-03-${day}`);
    const euro = await createTransaction(user.id, checking, -2_000, "STARBUCKS PARIS", "2026-03-04");
    await prisma().transaction.update({ where: { id: euro }, data: { currency: "EUR" } });
    const merged = await createTransaction(user.id, checking, -450, "STARBUCKS STORE 12", "2026-03-01");
    const removed = await createTransaction(user.id, checking, -450, "STARBUCKS STORE 12", "2026-03-02");
    await prisma().transaction.update({ where: { id: merged }, data: { mergedIntoId: ids.coffee } });
    await prisma().transaction.update({ where: { id: removed }, data: { removedAt: new Date("2026-03-03T00:00:00Z") } });
    const coffeeCategory = await prisma().category.findFirstOrThrow({ where: { userId: user.id, systemKey: "coffee_shops" } });
    await prisma().transaction.update({ where: { id: ids.coffee }, data: { categoryId: coffeeCategory.id } });
    const list = (params: Record<string, string>) => searchTransactions(user.id, params);

    const combined = await list({ accountId: checking, from: "2026-03-01", to: "2026-03-04", minAmount: "-5000", maxAmount: "0", q: "starbucks", status: "posted", categoryId: coffeeCategory.id });
    expect(combined.items.map((t) => t.id)).toEqual([ids.coffee]);
    expect(combined.totals).toEqual({ count: 1, byCurrency: [{ currency: "USD", inflow: 0, outflow: -450, net: -450 }] });
    expect((await list({ q: "starbucks" })).totals).toEqual({
      count: 2,
      byCurrency: [{ currency: "EUR", inflow: 0, outflow: -2_000, net: -2_000 }, { currency: "USD", inflow: 0, outflow: -450, net: -450 }],
    });
    expect((await list({ categoryId: "none", accountId: checking, status: "posted" })).items.map((t) => t.id)).toEqual([euro, ids.pay, ids.rent]);
    expect((await list({ accountId: savings, q: "starbucks" })).items).toEqual([]);
    expect((await list({})).totals).toEqual({
      count: 6,
      byCurrency: [{ currency: "EUR", inflow: 0, outflow: -2_000, net: -2_000 }, { currency: "USD", inflow: 320_000, outflow: -157_820, net: 162_180 }],
    });
    // Another user's account id as a filter finds nothing, and its rows are in nobody else's totals.
    expect(await list({ accountId: malloryAccount })).toMatchObject({ items: [], totals: { count: 0, byCurrency: [] } });
    expect((await searchTransactions(mallory.id, { q: "starbucks" })).totals).toEqual({ count: 3, byCurrency: [{ currency: "USD", inflow: 320_000, outflow: -1_700, net: 318_300 }] });
  });

  it("pages through rows tied on date and on amount, in all four orders", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const rows = [];
    for (const [amount, day] of [[-100, "02"], [-100, "02"], [-100, "01"], [-300, "02"], [-100, "03"]] as const) rows.push(await createTransaction(user.id, account, amount, "TIED", `2026-03-${day}`));
    for (const sort of ["date_desc", "date_asc", "amount_desc", "amount_asc"] as const) {
      const seen = await pageThrough(user.id, sort);
      expect(seen).toEqual((await searchTransactions(user.id, { sort, limit: "10" })).items.map((t) => t.id));
      expect(new Set(seen).size).toBe(rows.length);
    }
  });

  it("shows the same anomaly badges as listAnomalyFlags in the list and the detail, never another user's", async () => {
    const { user, ids } = await seed();
    const mallory = await createUser("Mallory");
    const anomaly = (userId: string, key: string, data: { transactionId?: string; status: "open" | "problem" | "normal"; kind: "duplicate_charge" | "large_for_merchant"; details: object }) =>
      prisma().anomaly.create({ data: { userId, dedupeKey: key, score: 1, explanation: `finding ${key}`, createdAt: new Date(`2026-03-0${key.length}T00:00:00Z`), ...data } });
    await anomaly(user.id, "a", { transactionId: ids.coffee, status: "open", kind: "duplicate_charge", details: { transactionIds: [ids.coffee, ids.lunch] } });
    await anomaly(user.id, "bb", { transactionId: ids.rent, status: "problem", kind: "large_for_merchant", details: { transactionIds: ["not-a-uuid", 7] } });
    await anomaly(user.id, "ccc", { transactionId: ids.lunch, status: "normal", kind: "large_for_merchant", details: {} });
    await anomaly(user.id, "dddd", { status: "open", kind: "large_for_merchant", details: { transactionIds: [ids.lunch] } });
    await anomaly(mallory.id, "eeeee", { status: "open", kind: "duplicate_charge", details: { transactionIds: [ids.grocer, ids.coffee] } });

    const expected = await listAnomalyFlags(user.id, Object.values(ids));
    const page = await searchTransactions(user.id, {});
    for (const item of page.items) expect(item.anomalies).toEqual(expected[item.id] ?? []);
    expect(page.items.find((t) => t.id === ids.lunch)?.anomalies.map((f) => f.explanation)).toEqual(["finding a", "finding dddd"]);
    expect(page.items.find((t) => t.id === ids.grocer)?.anomalies).toEqual([]);
    expect((await getTransactionDetail(user.id, ids.coffee)).anomalies).toEqual(expected[ids.coffee]);
    expect((await getTransactionDetail(user.id, ids.rent)).anomalies.map((f) => [f.label, f.status])).toEqual([["Large for this merchant", "problem"]]);
    expect((await getTransactionDetail(user.id, ids.grocer)).anomalies).toEqual([]);
    // The filter asks about findings attached to the row that still need a look (not "normal" ones).
    expect((await searchTransactions(user.id, { anomaly: "true" })).items.map((t) => t.id)).toEqual([ids.rent, ids.coffee]);
    expect((await searchTransactions(user.id, { anomaly: "false" })).items.map((t) => t.id)).toEqual([ids.lunch, ids.grocer, ids.pay]);
  });

  it("names the deciding rule (the user's own only), marks split rows and shows a transfer's peer", async () => {
    const { user, checking, savings, ids } = await seed();
    const mallory = await createUser("Mallory");
    const dining = await prisma().category.findFirstOrThrow({ where: { userId: user.id, systemKey: "coffee_shops" } });
    const rule = await prisma().rule.create({ data: { userId: user.id, name: "Coffee runs", conditions: [], actions: [] } });
    const foreignRule = await prisma().rule.create({ data: { userId: mallory.id, name: "Mallory's secret rule", conditions: [], actions: [] } });
    await prisma().transaction.update({ where: { id: ids.coffee }, data: { categoryId: dining.id, categorySource: "rule", categoryRuleId: rule.id } });
    await prisma().transaction.update({ where: { id: ids.lunch }, data: { categoryId: dining.id, categorySource: "rule", categoryRuleId: foreignRule.id } });
    const systemCategory = (key: string) => prisma().category.findFirstOrThrow({ where: { userId: user.id, systemKey: key } });
    const [food, home] = await Promise.all([systemCategory("groceries"), systemCategory("home_improvement")]);
    await applyCorrection(user.id, ids.grocer, { field: "split", splits: [{ categoryId: food.id, amount: -5_000 }, { categoryId: home.id, amount: -1_120 }] });
    const credit = await createTransaction(user.id, savings, 150_000, "TRANSFER FROM CHECKING", "2026-03-02");
    await prisma().transaction.update({ where: { id: ids.rent }, data: { isTransfer: true, transferPeerId: credit } });

    const items = new Map((await searchTransactions(user.id, {})).items.map((t) => [t.id, t]));
    expect(items.get(ids.coffee)).toMatchObject({ categoryName: dining.name, categorySource: "rule", explanation: `Your rule "Coffee runs" puts it in ${dining.name}.`, split: false });
    expect(items.get(ids.lunch)?.explanation).toBe(`A rule you have since deleted put it in ${dining.name}.`);
    expect(items.get(ids.grocer)?.split).toBe(true);
    expect(items.get(ids.coffee)?.accountName).toBe("Checking");
    const rent = await getTransactionDetail(user.id, ids.rent);
    expect(rent.isTransfer).toEqual({ value: true, source: "matched", peer: { id: credit, description: "TRANSFER FROM CHECKING", accountName: "Savings" } });
    expect(rent.accountId).toBe(checking);
    expect((await getTransactionDetail(user.id, ids.lunch)).category.explanation).toBe(`A rule you have since deleted put it in ${dining.name}.`);
    const grocer = await getTransactionDetail(user.id, ids.grocer);
    expect(grocer.splits.map((s) => [s.categoryId, s.categoryName, s.amount])).toEqual([[food.id, food.name, -5_000], [home.id, home.name, -1_120]]);
    expect(grocer.lineage.corrections.map((c) => [c.field, c.active, typeof c.createdAt])).toEqual([["split", true, "string"]]);
    expect(new Date(grocer.lineage.corrections[0]?.createdAt ?? "").toISOString()).toBe(grocer.lineage.corrections[0]?.createdAt);
  });
});

describe("corrections", () => {
  it("overlays amount, date, merchant, notes and excluded; each revert restores exactly the previous effective value", async () => {
    const { user, ids } = await seed();
    const before = await prisma().transaction.findUniqueOrThrow({ where: { id: ids.coffee } });
    const amount = await applyCorrection(user.id, ids.coffee, { field: "amount", amount: -500 }, { requestId: "req-1" });
    await applyCorrection(user.id, ids.coffee, { field: "date", date: "2026-03-10" });
    await applyCorrection(user.id, ids.coffee, { field: "merchant", merchantName: "Starbucks Reserve" });
    await applyCorrection(user.id, ids.coffee, { field: "notes", notes: "with Sam" });
    await applyCorrection(user.id, ids.coffee, { field: "excluded", excluded: true });
    const corrected = await prisma().transaction.findUniqueOrThrow({ where: { id: ids.coffee } });
    expect([corrected.amount, corrected.date.toISOString().slice(0, 10), corrected.merchantName, corrected.notes, corrected.excluded, corrected.description])
      .toEqual([-500n, "2026-03-10", "Starbucks Reserve", "with Sam", true, "STARBUCKS STORE 12"]);
    const detail = await getTransactionDetail(user.id, ids.coffee);
    expect([detail.amount.source, detail.date.source, detail.merchantName.source, detail.category.source]).toEqual(["user", "user", "user", before.categorySource]);
    expect(await prisma().auditLog.findFirst({ where: { userId: user.id, action: "transaction.corrected", entityId: ids.coffee, requestId: "req-1" }, select: { before: true, after: true } }))
      .toEqual({ before: { field: "amount", amount: -450, source: "bank" }, after: { field: "amount", amount: -500 } });

    // A second amount correction supersedes the first; reverting it brings back the first one's value and source.
    const second = await applyCorrection(user.id, ids.coffee, { field: "amount", amount: -700 });
    await revertCorrection(user.id, second.correctionId);
    expect((await prisma().transaction.findUniqueOrThrow({ where: { id: ids.coffee } })).amount).toBe(-500n);
    expect((await getTransactionDetail(user.id, ids.coffee)).amount.source).toBe("user");
    expect(await statusOf(revertCorrection(user.id, second.correctionId))).toMatchObject({ status: 409 });

    await revertCorrection(user.id, amount.correctionId);
    for (const correction of await prisma().correction.findMany({ where: { transactionId: ids.coffee, revertedAt: null } })) await revertCorrection(user.id, correction.id);
    const restored = await prisma().transaction.findUniqueOrThrow({ where: { id: ids.coffee } });
    expect([restored.amount, restored.date, restored.merchantName, restored.notes, restored.excluded, restored.categoryId])
      .toEqual([before.amount, before.date, before.merchantName, before.notes, before.excluded, before.categoryId]);
    expect(await prisma().transactionEvent.count({ where: { transactionId: ids.coffee, kind: "reverted" } })).toBe(6);
    // The manual account's balance follows the effective amount: opening 0 + 320,000 - 150,000 - 450 - 1,250.
    expect((await prisma().account.findUniqueOrThrow({ where: { id: before.accountId } })).currentBalance).toBe(168_300n);
  });

  it("corrects a category and reverts to the categorizer's choice", async () => {
    const { user, ids } = await seed();
    const before = await prisma().transaction.findUniqueOrThrow({ where: { id: ids.rent } });
    const other = await prisma().category.findFirstOrThrow({ where: { userId: user.id, systemKey: "shopping" } });
    const applied = await applyCorrection(user.id, ids.rent, { field: "category", categoryId: other.id });
    expect(await prisma().transaction.findUniqueOrThrow({ where: { id: ids.rent } })).toMatchObject({ categoryId: other.id, categorySource: "user" });
    await revertCorrection(user.id, applied.correctionId);
    expect(await prisma().transaction.findUniqueOrThrow({ where: { id: ids.rent } })).toMatchObject({ categoryId: before.categoryId, categorySource: before.categorySource });
  });

  it("splits a transaction into categories that must add up, and reverts the split", async () => {
    const { user, ids } = await seed();
    const systemCategory = (key: string) => prisma().category.findFirstOrThrow({ where: { userId: user.id, systemKey: key } });
    const [food, home] = await Promise.all([systemCategory("groceries"), systemCategory("home_improvement")]);
    expect(await statusOf(applyCorrection(user.id, ids.grocer, { field: "split", splits: [{ categoryId: food?.id ?? null, amount: -6_000 }, { categoryId: home?.id ?? null, amount: -100 }] })))
      .toMatchObject({ status: 422, body: { error: { message: "splits: the lines add up to -6100 but the transaction is -6120 (minor units)" } } });
    const split = await applyCorrection(user.id, ids.grocer, { field: "split", splits: [{ categoryId: food?.id ?? null, amount: -5_000 }, { categoryId: home?.id ?? null, amount: -1_120, note: "bulbs" }] });
    const detail = await getTransactionDetail(user.id, ids.grocer);
    expect(detail.splits.map((s) => [s.categoryName, s.amount, s.note])).toEqual([[food?.name, -5_000, null], [home?.name, -1_120, "bulbs"]]);
    expect(await statusOf(applyCorrection(user.id, ids.grocer, { field: "amount", amount: -10 }))).toMatchObject({ status: 409 });
    await revertCorrection(user.id, split.correctionId);
    expect(await prisma().transactionSplit.count({ where: { transactionId: ids.grocer } })).toBe(0);
  });

  it.each([
    [{ field: "colour" }, "field: must be one of category, merchant, notes, date, amount, transfer, excluded, split"],
    [{ field: "amount", amount: 1.5 }, "amount: must be a whole number of minor units (cents)"],
    [{ field: "date", date: "March 3" }, "date: must be a date as YYYY-MM-DD"],
    [{ field: "merchant", merchantName: " " }, "merchantName: is required"],
    [{ field: "split", splits: [{ categoryId: null, amount: -6_120 }] }, "splits: needs at least two lines"],
  ])("refuses %o with a 422 naming the field", async (input, message) => {
    const { user, ids } = await seed();
    expect(await statusOf(applyCorrection(user.id, ids.grocer, input))).toMatchObject({ status: 422, body: { error: { message } } });
  });

  it("bulk re-categorizes and excludes a selection, each row with its own revertible correction", async () => {
    const { user, ids } = await seed();
    const travel = await prisma().category.findFirstOrThrow({ where: { userId: user.id, systemKey: "travel" } });
    expect(await applyBulkAction(user.id, { action: "categorize", transactionIds: [ids.coffee, ids.lunch], categoryId: travel.id })).toEqual({ changed: 2 });
    expect(await applyBulkAction(user.id, { action: "exclude", transactionIds: [ids.rent, ids.pay] })).toEqual({ changed: 2 });
    expect((await prisma().transaction.findMany({ where: { id: { in: [ids.coffee, ids.lunch] } } })).map((t) => t.categoryId)).toEqual([travel.id, travel.id]);
    expect((await prisma().transaction.findMany({ where: { id: { in: [ids.rent, ids.pay] } } })).every((t) => t.excluded)).toBe(true);
    expect(await prisma().correction.count({ where: { userId: user.id, revertedAt: null } })).toBe(4);
    expect(await statusOf(applyBulkAction(user.id, { action: "exclude", transactionIds: [] }))).toMatchObject({ status: 422, body: { error: { message: "transactionIds: select at least one transaction" } } });
  });
});

describe("the lineage after a correction and a bank-side modification", () => {
  it("shows every version the bank sent, the correction kept over the bank's change, and revert gives the bank's latest value", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const row: IngestRow = { accountId: account, externalId: "b-1", amount: -2_000, currency: "USD", pending: true, date: "2026-03-04", description: "CORNER DELI", payload: { id: "b-1", amount: "-20.00", status: "pending" } };
    await ingest(user.id, [row]);
    const stored = await prisma().transaction.findFirstOrThrow({ where: { userId: user.id, externalId: "b-1" } });
    const correction = await applyCorrection(user.id, stored.id, { field: "amount", amount: -1_800 });
    await applyCorrection(user.id, stored.id, { field: "notes", notes: "tip refunded" });
    await ingest(user.id, [{ ...row, amount: -2_200, pending: false, payload: { id: "b-1", amount: "-22.00", status: "posted" } }]);

    const detail = await getTransactionDetail(user.id, stored.id);
    expect(detail.amount).toEqual({ value: -1_800, source: "user", bankValue: -2_200 });
    expect(detail.notes).toEqual({ value: "tip refunded", source: "user" });
    expect(detail.pending).toBe(false);
    expect(detail.lineage.providerRecords.map((r) => r.payload)).toEqual([{ id: "b-1", amount: "-20.00", status: "pending" }, { id: "b-1", amount: "-22.00", status: "posted" }]);
    expect(detail.lineage.events.map((e) => [e.kind, e.source])).toEqual([["added", "sync"], ["corrected", "user"], ["corrected", "user"], ["modified", "sync"], ["corrected", "system"]]);
    expect(detail.lineage.corrections.map((c) => [c.field, c.active])).toEqual([["amount", true], ["notes", true]]);

    await revertCorrection(user.id, correction.correctionId);
    expect((await getTransactionDetail(user.id, stored.id)).amount).toEqual({ value: -2_200, source: "bank" });
  });

  it("shows merges with score and reasons and undoes one from the transaction", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    await ingest(user.id, [{ accountId: account, externalId: "p-1", amount: -4_500, currency: "USD", pending: true, date: "2026-03-04", description: "SHELL OIL 123", payload: { id: "p-1" } }]);
    await ingest(user.id, [{ accountId: account, externalId: "s-1", amount: -4_500, currency: "USD", pending: false, date: "2026-03-05", description: "SHELL OIL 123", pendingExternalId: "p-1", payload: { id: "s-1" } }]);
    const posted = await prisma().transaction.findFirstOrThrow({ where: { userId: user.id, externalId: "s-1" } });
    const detail = await getTransactionDetail(user.id, posted.id);
    expect(detail.lineage.merges).toHaveLength(1);
    const merge = detail.lineage.merges[0];
    expect(merge).toMatchObject({ role: "survivor", status: "merged" });
    expect(merge?.score).toBeGreaterThan(0);
    expect(detail.lineage.providerRecords.map((r) => r.payload)).toEqual([{ id: "p-1" }, { id: "s-1" }]);
    await undoTransactionMerge(user.id, posted.id, merge?.id ?? "");
    expect((await getTransactionDetail(user.id, posted.id)).lineage.merges[0]?.status).toBe("undone");
  });
});

describe("a second user", () => {
  it("can neither read nor change the first user's transactions, corrections or merges (404)", async () => {
    const { user, ids } = await seed();
    const mallory = await createUser("Mallory");
    const applied = await applyCorrection(user.id, ids.coffee, { field: "notes", notes: "mine" });
    expect((await searchTransactions(mallory.id, {})).items).toEqual([]);
    expect((await searchTransactions(mallory.id, {})).totals).toEqual({ count: 0, byCurrency: [] });
    const notFound = { status: 404, body: { error: { code: "not_found" } } };
    expect(await statusOf(getTransactionDetail(mallory.id, ids.coffee))).toMatchObject(notFound);
    expect(await statusOf(applyCorrection(mallory.id, ids.coffee, { field: "notes", notes: "hacked" }))).toMatchObject(notFound);
    expect(await statusOf(revertCorrection(mallory.id, applied.correctionId))).toMatchObject(notFound);
    expect(await statusOf(applyBulkAction(mallory.id, { action: "exclude", transactionIds: [ids.coffee] }))).toMatchObject(notFound);
    expect(await statusOf(undoTransactionMerge(mallory.id, ids.coffee, applied.correctionId))).toMatchObject(notFound);
    const other = await prisma().category.findFirstOrThrow({ where: { userId: mallory.id, systemKey: "travel" } });
    expect(await statusOf(applyCorrection(user.id, ids.coffee, { field: "category", categoryId: other.id }))).toMatchObject({ status: 422, body: { error: { message: "categoryId: no such category" } } });
    expect((await prisma().transaction.findUniqueOrThrow({ where: { id: ids.coffee } })).notes).toBe("mine");
  });

  it("never pairs a transfer across users: a debit of one and the matching credit of another stay apart", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    const debit = await createTransaction(alice.id, await createManualAccount(alice.id, "Checking"), -50_000, "TRANSFER OUT", "2026-03-01");
    const credit = await createTransaction(bob.id, await createManualAccount(bob.id, "Savings"), 50_000, "TRANSFER IN", "2026-03-01");
    expect(await findTransfers(alice.id, {}, new Date("2026-03-31T12:00:00Z"))).toEqual({ linked: 0 });
    expect(await findTransfers(bob.id, {}, new Date("2026-03-31T12:00:00Z"))).toEqual({ linked: 0 });
    const rows = await prisma().transaction.findMany({ where: { id: { in: [debit, credit] } }, select: { isTransfer: true, transferPeerId: true } });
    expect(rows).toEqual([{ isTransfer: false, transferPeerId: null }, { isTransfer: false, transferPeerId: null }]);
  });
});
