import { describe, expect, it } from "vitest";
import { applyCategorization, categoryIdsByKey } from "@/lib/categorize/load-categorization-context";
import { applyCategoryToSimilar, previewSimilarTransactions } from "@/lib/categorize/corrections/apply-category-to-similar";
import { correctTransactionCategory } from "@/lib/categorize/corrections/correct-transaction-category";
import { applyBulkAction } from "@/lib/corrections/apply-bulk-action";
import { applyCorrection } from "@/lib/corrections/apply-correction";
import { revertCorrection } from "@/lib/corrections/revert-correction";
import { prisma } from "@/lib/db";
import { AppError, toErrorResponse } from "@/lib/errors";
import { createImportJob } from "@/lib/import-jobs/create-import-job";
import { listTransactions } from "@/lib/transactions/list-transactions";
import { createManualAccount, createTransaction, createUser } from "../helpers/factories";

async function caught(work: Promise<unknown>): Promise<{ status: number; message: string }> {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeDefined();
  const { status, body } = toErrorResponse(error);
  return { status, message: body.error.message };
}

async function seedStarbucks() {
  const user = await createUser();
  const account = await createManualAccount(user.id);
  const ids = [
    await createTransaction(user.id, account, -575, "STARBUCKS STORE 1234 SEATTLE WA", "2026-10-01"),
    await createTransaction(user.id, account, -640, "STARBUCKS STORE 77 PORTLAND OR", "2026-10-05"),
    await createTransaction(user.id, account, -410, "STARBUCKS COFFEE 9", "2026-10-09"),
  ];
  const other = await createTransaction(user.id, account, -1549, "NETFLIX.COM 866-579-7172 CA", "2026-10-10");
  await applyCategorization(prisma(), user.id, [...ids, other]);
  const categories = await categoryIdsByKey(prisma(), user.id);
  return { user, account, ids, other, categories };
}

describe("correcting a transaction's category", () => {
  it("records a correction, an event and an audit entry, leaves provider data alone and offers the merchant's others", async () => {
    const { user, ids, categories } = await seedStarbucks();
    const restaurants = categories.get("restaurants") ?? "";
    const [first = ""] = ids;
    const outcome = await correctTransactionCategory(user.id, first, { categoryId: restaurants });
    expect(outcome).toEqual({ transactionId: first, categoryId: restaurants, categoryName: "Restaurants", similar: { merchant: "Starbucks", count: 2 } });

    const row = await prisma().transaction.findUniqueOrThrow({ where: { id: first } });
    expect(row).toMatchObject({ categoryId: restaurants, categorySource: "user", categoryConfidence: 1, description: "STARBUCKS STORE 1234 SEATTLE WA" });
    const corrections = await prisma().correction.findMany({ where: { transactionId: first } });
    expect(corrections.map((c) => [c.field, c.value, c.revertedAt])).toEqual([["category", { categoryId: restaurants, categoryKey: "restaurants", merchant: "Starbucks" }, null]]);
    // The same correction the corrections API writes: it remembers everything revert needs.
    expect(corrections[0]?.previousValue).toEqual({ categoryId: categories.get("coffee_shops"), categorySource: "builtin", categoryRuleId: null, categoryConfidence: 0.9, source: "builtin" });
    expect((await prisma().transactionEvent.findMany({ where: { transactionId: first, kind: "corrected" } })).map((e) => [e.source, e.actor])).toEqual([["user", `user:${user.id}`]]);
    expect(await prisma().auditLog.count({ where: { userId: user.id, action: "transaction.corrected", entityId: first } })).toBe(1);
    expect((await prisma().categoryModel.findUniqueOrThrow({ where: { userId: user.id } })).examples).toBe(1);

    // A second correction supersedes the first, so learning counts this transaction once.
    await correctTransactionCategory(user.id, first, { categoryId: categories.get("groceries") ?? "" });
    expect(await prisma().correction.count({ where: { transactionId: first, revertedAt: null } })).toBe(1);
    expect((await prisma().categoryModel.findUniqueOrThrow({ where: { userId: user.id } })).examples).toBe(1);

    // Reverting both puts back exactly what the categorizer had decided.
    const active = await prisma().correction.findFirstOrThrow({ where: { transactionId: first, revertedAt: null } });
    await revertCorrection(user.id, active.id);
    expect(await prisma().transaction.findUniqueOrThrow({ where: { id: first } })).toMatchObject({ categoryId: restaurants, categorySource: "user" });
    const earlier = await prisma().correction.findFirstOrThrow({ where: { transactionId: first, revertedAt: null } });
    await revertCorrection(user.id, earlier.id);
    expect(await prisma().transaction.findUniqueOrThrow({ where: { id: first } })).toMatchObject({ categoryId: categories.get("coffee_shops"), categorySource: "builtin", categoryConfidence: 0.9 });
  });

  it("learns the merchant mapping: a new Starbucks row is categorized by the user's correction, not built-in knowledge", async () => {
    const { user, account, ids, categories } = await seedStarbucks();
    await correctTransactionCategory(user.id, ids[0] ?? "", { categoryId: categories.get("restaurants") ?? "" });
    const fresh = await createTransaction(user.id, account, -500, "STARBUCKS STORE 555", "2026-10-20");
    await applyCategorization(prisma(), user.id, [fresh]);
    const page = await listTransactions(user.id);
    const item = page.items.find((t) => t.id === fresh);
    expect(item).toMatchObject({ categoryName: "Restaurants", categorySource: "learned" });
    expect(item?.explanation).toBe("Learned from your corrections: you put Starbucks and similar transactions in Restaurants (95% sure).");
    // Sync or rules re-running never overwrite the user's own choice.
    await applyCategorization(prisma(), user.id, ids);
    expect((await prisma().transaction.findUniqueOrThrow({ where: { id: ids[0] ?? "" } })).categoryId).toBe(categories.get("restaurants"));
  });

  it("closes the learning loop: after corrections, the next unseen rows of that merchant, similar merchants and the same overruled word follow", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const categories = await categoryIdsByKey(prisma(), user.id);
    const other = categories.get("other") ?? "";
    const restaurants = categories.get("restaurants") ?? "";
    const atms = [
      await createTransaction(user.id, account, -500000, "ATM WDL SBI INDIRANAGAR BANGALORE", "2026-10-01"),
      await createTransaction(user.id, account, -200000, "ATM WDL HDFC MG ROAD", "2026-10-02"),
    ];
    const harbor = await createTransaction(user.id, account, -3200, "BLUE HARBOR LLC #1882", "2026-10-03");
    await applyCategorization(prisma(), user.id, [...atms, harbor]);
    const before = await prisma().transaction.findMany({ where: { id: { in: [...atms, harbor] } }, select: { categoryId: true } });
    expect(before.map((row) => row.categoryId)).toEqual([categories.get("cash_withdrawal"), categories.get("cash_withdrawal"), other]);

    // One correction through each writer (the transaction page and the corrections API): both teach.
    await correctTransactionCategory(user.id, atms[0] ?? "", { categoryId: other });
    await applyCorrection(user.id, atms[1] ?? "", { field: "category", categoryId: other });
    await applyCorrection(user.id, harbor, { field: "category", categoryId: restaurants });

    const unseen = {
      atm: await createTransaction(user.id, account, -300000, "ATM WDL AXIS KORAMANGALA", "2026-10-20"),
      sameMerchant: await createTransaction(user.id, account, -4100, "DEBIT CARD PURCHASE XXXX8340 BLUE HARBOR LLC", "2026-10-21"),
      similarMerchant: await createTransaction(user.id, account, -2900, "SQ *BLUE HARBOR CAFE", "2026-10-22"),
      unrelated: await createTransaction(user.id, account, -899, "NETFLIX.COM 866-579-7172 CA", "2026-10-23"),
    };
    await applyCategorization(prisma(), user.id, Object.values(unseen));
    const page = await listTransactions(user.id);
    const shown = (id: string) => page.items.find((item) => item.id === id);
    expect(shown(unseen.atm)).toMatchObject({ categoryName: "Other", categorySource: "learned" });
    expect(shown(unseen.sameMerchant)).toMatchObject({ categoryName: "Restaurants", categorySource: "learned" });
    expect(shown(unseen.similarMerchant)).toMatchObject({ categoryName: "Restaurants", categorySource: "learned" });
    expect(shown(unseen.unrelated)).toMatchObject({ categoryName: "Streaming", categorySource: "builtin" });
    const stored = await prisma().transaction.findUniqueOrThrow({ where: { id: unseen.similarMerchant } });
    expect(stored.categoryConfidence).toBeCloseTo(0.85);

    // Another user's corrections teach this user nothing.
    const mallory = await createUser("Mallory");
    const malloryAccount = await createManualAccount(mallory.id);
    const malloryAtm = await createTransaction(mallory.id, malloryAccount, -100000, "ATM WDL ICICI JAYANAGAR", "2026-10-24");
    await applyCategorization(prisma(), mallory.id, [malloryAtm]);
    expect((await prisma().transaction.findUniqueOrThrow({ where: { id: malloryAtm }, select: { categorySource: true } })).categorySource).toBe("builtin");
  });

  it("previews then applies the choice to the same merchant's other transactions, each as the user's own", async () => {
    const { user, ids, other, categories } = await seedStarbucks();
    const [first = "", second = "", third = ""] = ids;
    const restaurants = categories.get("restaurants") ?? "";
    expect((await caught(applyCategoryToSimilar(user.id, first))).status).toBe(409);
    await correctTransactionCategory(user.id, first, { categoryId: restaurants });
    const preview = await previewSimilarTransactions(user.id, first);
    expect(preview).toMatchObject({ merchant: "Starbucks", categoryName: "Restaurants", count: 2 });
    expect(preview.examples.map((e) => e.id).sort()).toEqual([second, third].sort());

    expect(await caught(applyCategoryToSimilar(user.id, first, { expectedCount: 5 }))).toEqual({
      status: 409, message: "The number of similar transactions changed from 5 to 2; review it again",
    });
    expect(await applyCategoryToSimilar(user.id, first, { expectedCount: 2 })).toEqual({ merchant: "Starbucks", changed: 2 });
    const rows = await prisma().transaction.findMany({ where: { id: { in: [second, third, other] } }, select: { id: true, categoryId: true, categorySource: true } });
    expect(rows.filter((r) => r.id !== other).every((r) => r.categoryId === restaurants && r.categorySource === "user")).toBe(true);
    expect(rows.find((r) => r.id === other)).toMatchObject({ categoryId: categories.get("streaming"), categorySource: "builtin" });
    expect(await prisma().correction.count({ where: { userId: user.id, field: "category", revertedAt: null } })).toBe(3);
    expect(await prisma().auditLog.count({ where: { userId: user.id, action: "transaction.category_applied_to_similar" } })).toBe(1);
    // Each row changed is an ordinary correction, audited and revertible on its own.
    expect(await prisma().auditLog.count({ where: { userId: user.id, action: "transaction.corrected", entityId: { in: [second, third] } } })).toBe(2);
    expect((await previewSimilarTransactions(user.id, first)).count).toBe(0);
    expect((await prisma().categoryModel.findUniqueOrThrow({ where: { userId: user.id } })).examples).toBe(3);
  });

  it("explains every row of the list in a sentence", async () => {
    const { user, ids, other, categories } = await seedStarbucks();
    await correctTransactionCategory(user.id, ids[0] ?? "", { categoryId: categories.get("restaurants") ?? "" });
    const page = await listTransactions(user.id);
    const byId = new Map(page.items.map((item) => [item.id, item]));
    expect(byId.get(ids[0] ?? "")?.explanation).toBe("You chose Restaurants for this transaction; rules and sync never override it.");
    expect(byId.get(other)?.explanation).toBe("Netflix is a known merchant in this category (90% sure).");
    expect(page.items.map((item) => item.date)).toEqual(["2026-10-10", "2026-10-09", "2026-10-05", "2026-10-01"]);
    const firstPage = await listTransactions(user.id, { limit: 3 });
    expect(firstPage.next).toEqual({ date: "2026-10-05", id: ids[1] });
    const secondPage = await listTransactions(user.id, { limit: 3, after: firstPage.next ?? undefined });
    expect(secondPage.items.map((item) => item.id)).toEqual([ids[0]]);
    expect(secondPage.next).toBeNull();
  });

  it("refuses bad input with a message naming the field", async () => {
    const { user, ids } = await seedStarbucks();
    expect(await caught(correctTransactionCategory(user.id, ids[0] ?? "", { categoryId: "nope" }))).toEqual({ status: 422, message: "categoryId: must be a category id" });
  });
});

/** A statement import: rows go through sync's ingest, which categorizes them with the user's context. */
async function importStatement(userId: string, accountId: string, lines: string[]): Promise<void> {
  const bytes = new TextEncoder().encode(["Date,Description,Amount", ...lines].join("\n"));
  const queued = await createImportJob(userId, { file: { name: "statement.csv", size: bytes.length, bytes: async () => bytes }, fields: { accountId } }, { today: "2026-03-31" });
  expect(await queued.run()).toMatchObject({ status: "succeeded", rejectedRows: 0 });
}

async function storedByDescription(accountId: string, description: string) {
  return prisma().transaction.findFirstOrThrow({
    where: { accountId, description, mergedIntoId: null },
    orderBy: { date: "desc" },
    select: { id: true, categoryId: true, categorySource: true, categoryConfidence: true },
  });
}

describe("the next import after corrections", () => {
  it("categorizes by what was learned: the corrected merchant over the lexicon, and an uncorrected merchant sharing its words", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const categories = await categoryIdsByKey(prisma(), user.id);
    await importStatement(user.id, account, [
      "2026-03-02,LINK ATM CAMDEN HIGH ST,-100.00",
      "2026-03-03,OAKHILL ASSOCIATES PC #570,-120.00",
      "2026-03-04,NETFLIX.COM 866-579-7172 CA,-15.49",
      "2026-03-05,STARBUCKS STORE 1234,-5.75",
      "2026-03-06,CHIPOTLE 1234,-11.00",
    ]);
    const atm = await storedByDescription(account, "LINK ATM CAMDEN HIGH ST");
    const oakhill = await storedByDescription(account, "OAKHILL ASSOCIATES PC #570");
    expect(atm).toMatchObject({ categoryId: categories.get("cash_withdrawal"), categorySource: "builtin", categoryConfidence: 0.9 });
    expect(oakhill).toMatchObject({ categoryId: categories.get("other"), categorySource: "default" });

    // From the transaction page, the corrections API and a bulk selection: all through the one writer.
    await correctTransactionCategory(user.id, atm.id, { categoryId: categories.get("other") ?? "" });
    await applyCorrection(user.id, oakhill.id, { field: "category", categoryId: categories.get("doctor") ?? "" });
    const meals = [(await storedByDescription(account, "STARBUCKS STORE 1234")).id, (await storedByDescription(account, "CHIPOTLE 1234")).id];
    await applyBulkAction(user.id, { action: "categorize", transactionIds: meals, categoryId: categories.get("restaurants") ?? "" });
    expect((await prisma().categoryModel.findUniqueOrThrow({ where: { userId: user.id } })).examples).toBe(4);

    await importStatement(user.id, account, [
      "2026-03-20,LINK ATM CAMDEN HIGH ST,-60.00",
      "2026-03-21,RIVERSIDE ASSOCIATES PC,-95.00",
      "2026-03-22,NETFLIX.COM 866-579-7172 CA,-15.49",
    ]);
    const nextAtm = await storedByDescription(account, "LINK ATM CAMDEN HIGH ST");
    expect(nextAtm.id).not.toBe(atm.id);
    // The user's consistent correction of this merchant beats the lexicon, which was sure (0.9).
    expect(nextAtm).toMatchObject({ categoryId: categories.get("other"), categorySource: "learned", categoryConfidence: 0.95 });
    // Never corrected, but it shares "Associates PC" with the corrected merchant: the model decides.
    const riverside = await storedByDescription(account, "RIVERSIDE ASSOCIATES PC");
    expect(riverside).toMatchObject({ categoryId: categories.get("doctor"), categorySource: "learned" });
    expect(riverside.categoryConfidence).toBeGreaterThan(0.8);
    expect(await storedByDescription(account, "NETFLIX.COM 866-579-7172 CA")).toMatchObject({ categoryId: categories.get("streaming"), categorySource: "builtin" });
    const page = await listTransactions(user.id);
    expect(page.items.find((item) => item.id === riverside.id)?.explanation).toMatch(/Doctor & Dentist/);

    // Another user importing the same rows learns nothing from this user's corrections.
    const mallory = await createUser("Mallory");
    const malloryAccount = await createManualAccount(mallory.id);
    const malloryCategories = await categoryIdsByKey(prisma(), mallory.id);
    await importStatement(mallory.id, malloryAccount, ["2026-03-20,LINK ATM CAMDEN HIGH ST,-60.00", "2026-03-21,RIVERSIDE ASSOCIATES PC,-95.00"]);
    expect(await storedByDescription(malloryAccount, "LINK ATM CAMDEN HIGH ST")).toMatchObject({ categoryId: malloryCategories.get("cash_withdrawal"), categorySource: "builtin" });
    expect(await storedByDescription(malloryAccount, "RIVERSIDE ASSOCIATES PC")).toMatchObject({ categoryId: malloryCategories.get("other"), categorySource: "default" });
  });
});

describe("a second user", () => {
  it("cannot correct, preview or apply to the first user's transactions, nor use their categories", async () => {
    const { user, ids, categories } = await seedStarbucks();
    const mallory = await createUser("Mallory");
    const malloryAccount = await createManualAccount(mallory.id);
    const malloryTx = await createTransaction(mallory.id, malloryAccount, -100, "STARBUCKS STORE 1");
    const malloryCategories = await categoryIdsByKey(prisma(), mallory.id);
    const [first = ""] = ids;

    expect(await caught(correctTransactionCategory(mallory.id, first, { categoryId: malloryCategories.get("restaurants") ?? "" }))).toEqual({ status: 404, message: "Transaction was not found" });
    expect(await caught(previewSimilarTransactions(mallory.id, first))).toEqual({ status: 404, message: "Transaction was not found" });
    expect(await caught(applyCategoryToSimilar(mallory.id, first))).toEqual({ status: 404, message: "Transaction was not found" });
    expect(await caught(correctTransactionCategory(mallory.id, malloryTx, { categoryId: categories.get("restaurants") ?? "" }))).toEqual({ status: 404, message: "Category was not found" });
    expect((await listTransactions(mallory.id)).items.map((t) => t.id)).toEqual([malloryTx]);

    // Mallory applying to her own Starbucks never reaches the first user's rows.
    await correctTransactionCategory(mallory.id, malloryTx, { categoryId: malloryCategories.get("groceries") ?? "" });
    expect((await caught(applyCategoryToSimilar(mallory.id, malloryTx, { expectedCount: 3 }))).status).toBe(409);
    expect(await prisma().correction.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma().transaction.count({ where: { userId: user.id, categorySource: "user" } })).toBe(0);
    const error = await correctTransactionCategory(mallory.id, first, { categoryId: malloryCategories.get("restaurants") ?? "" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
  });
});
