import { describe, expect, it } from "vitest";
import { deleteCategory } from "@/lib/categories/delete-category";
import { getCategory, listCategories } from "@/lib/categories/list-categories";
import { createCategory, updateCategory } from "@/lib/categories/save-category";
import { applyCategorization, categoryIdsByKey } from "@/lib/categorize/load-categorization-context";
import { correctTransactionCategory } from "@/lib/categorize/corrections/correct-transaction-category";
import { createRule } from "@/lib/categorize/rules/save-rule";
import { prisma } from "@/lib/db";
import { toErrorResponse } from "@/lib/errors";
import { createManualAccount, createTransaction, createUser } from "../helpers/factories";

async function caught(work: Promise<unknown>): Promise<{ status: number; message: string }> {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeDefined();
  const { status, body } = toErrorResponse(error);
  return { status, message: body.error.message };
}

describe("categories", () => {
  it("adds, renames and nests the user's own categories, and a rule can target one", async () => {
    const user = await createUser();
    const ids = await categoryIdsByKey(prisma(), user.id);
    const kids = await createCategory(user.id, { name: "Kids" });
    expect(kids).toMatchObject({ name: "Kids", parentId: null, key: kids.id, isSystem: false, transactionCount: 0 });
    const school = await createCategory(user.id, { name: "School trips", parentId: kids.id });
    const listed = await listCategories(user.id);
    expect(listed.findIndex((c) => c.id === school.id)).toBe(listed.findIndex((c) => c.id === kids.id) + 1);

    const moved = await updateCategory(user.id, kids.id, { name: "Children", parentId: ids.get("shopping") ?? null });
    expect(moved).toMatchObject({ name: "Children", parentId: ids.get("shopping") });
    const renamedSystem = await updateCategory(user.id, ids.get("coffee_shops") ?? "", { name: "Caffeine" });
    expect(renamedSystem).toMatchObject({ name: "Caffeine", key: "coffee_shops", isSystem: true });

    expect(await caught(updateCategory(user.id, kids.id, { parentId: school.id }))).toEqual({
      status: 422, message: "parentId: a category cannot be placed inside itself or one of its subcategories",
    });
    expect(await caught(createCategory(user.id, { name: "school TRIPS", parentId: kids.id }))).toEqual({ status: 409, message: 'A category named "school TRIPS" already exists there' });
    expect(await caught(createCategory(user.id, { name: "" }))).toEqual({ status: 422, message: "name: is required" });
    expect(await caught(createCategory(user.id, { name: "X", parentId: "not-a-uuid" }))).toEqual({ status: 422, message: "parentId: must be a category id" });

    const account = await createManualAccount(user.id);
    const tx = await createTransaction(user.id, account, -4500, "FIELD TRIP FUND");
    await createRule(user.id, { name: "Trips", conditions: [{ type: "description", operator: "contains", value: "field trip" }], actions: [{ type: "set_category", categoryKey: school.id }] });
    expect((await prisma().transaction.findUniqueOrThrow({ where: { id: tx } })).categoryId).toBe(school.id);
    expect(await prisma().auditLog.count({ where: { userId: user.id, action: { in: ["category.created", "category.updated"] } } })).toBe(4);
  });

  it("deleting one moves its transactions to the chosen category and its children up a level, audited", async () => {
    const user = await createUser();
    const ids = await categoryIdsByKey(prisma(), user.id);
    const account = await createManualAccount(user.id);
    const coffee = [await createTransaction(user.id, account, -575, "STARBUCKS STORE 1"), await createTransaction(user.id, account, -600, "STARBUCKS STORE 2")];
    await applyCategorization(prisma(), user.id, coffee);
    const child = await createCategory(user.id, { name: "Lattes", parentId: ids.get("coffee_shops") ?? null });

    expect(await caught(deleteCategory(user.id, ids.get("coffee_shops") ?? "", {}))).toMatchObject({ status: 422 });
    expect(await caught(deleteCategory(user.id, ids.get("coffee_shops") ?? "", { reassignToId: child.id }))).toEqual({
      status: 422, message: "reassignToId: choose a category outside the one being deleted",
    });
    expect(await caught(deleteCategory(user.id, ids.get("other") ?? "", { reassignToId: child.id }))).toMatchObject({ status: 409 });

    expect(await deleteCategory(user.id, ids.get("coffee_shops") ?? "", { reassignToId: ids.get("restaurants") ?? "" })).toEqual({ reassigned: 2 });
    const rows = await prisma().transaction.findMany({ where: { id: { in: coffee } }, select: { categoryId: true } });
    expect(rows.map((r) => r.categoryId)).toEqual([ids.get("restaurants"), ids.get("restaurants")]);
    expect((await getCategory(user.id, child.id)).parentId).toBe(ids.get("food_and_dining"));
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { userId: user.id, action: "category.deleted" } });
    expect(audit.after).toMatchObject({ reassignedTo: ids.get("restaurants"), reassignedToName: "Restaurants", transactions: 2 });
  });
});

describe("category management errors", () => {
  it("refuses with a clear 409 a delete whose subcategories would clash with a same-named sibling, and changes nothing", async () => {
    const user = await createUser();
    const ids = await categoryIdsByKey(prisma(), user.id);
    const treats = await createCategory(user.id, { name: "Treats", parentId: ids.get("food_and_dining") ?? null });
    await createCategory(user.id, { name: "Lattes", parentId: ids.get("coffee_shops") ?? null });
    await createCategory(user.id, { name: "Lattes", parentId: ids.get("food_and_dining") ?? null });
    expect(await caught(deleteCategory(user.id, ids.get("coffee_shops") ?? "", { reassignToId: treats.id }))).toEqual({
      status: 409, message: 'Its subcategory "Lattes" would move up next to another "Lattes" under Food & Dining; rename or move one of them first',
    });
    const topLevel = await createCategory(user.id, { name: "Projects" });
    await createCategory(user.id, { name: "Shopping", parentId: topLevel.id });
    expect(await caught(deleteCategory(user.id, topLevel.id, { reassignToId: treats.id }))).toEqual({
      status: 409, message: 'Its subcategory "Shopping" would move up next to another "Shopping" at the top level; rename or move one of them first',
    });
    expect((await getCategory(user.id, ids.get("coffee_shops") ?? "")).name).toBe("Coffee Shops");
    // Renaming one side resolves it.
    const lattes = (await listCategories(user.id)).find((c) => c.name === "Lattes");
    await updateCategory(user.id, lattes?.id ?? "", { name: "Flat whites" });
    expect(await deleteCategory(user.id, ids.get("coffee_shops") ?? "", { reassignToId: treats.id })).toEqual({ reassigned: 0 });
  });

  it("deleting a user category that shares its name with another moves its transactions, rules and corrections to the destination", async () => {
    const user = await createUser();
    const ids = await categoryIdsByKey(prisma(), user.id);
    const account = await createManualAccount(user.id);
    const giftsTop = await createCategory(user.id, { name: "Gifts" });
    const giftsUnderShopping = await createCategory(user.id, { name: "Gifts", parentId: ids.get("shopping") ?? null });
    const tx = await createTransaction(user.id, account, -2500, "PAPER SOURCE CARDS");
    await createRule(user.id, { name: "Cards", conditions: [{ type: "description", operator: "contains", value: "paper source" }], actions: [{ type: "set_category", categoryKey: giftsTop.id }] });
    await correctTransactionCategory(user.id, tx, { categoryId: giftsTop.id });

    expect(await deleteCategory(user.id, giftsTop.id, { reassignToId: giftsUnderShopping.id })).toEqual({ reassigned: 1 });
    expect((await prisma().transaction.findUniqueOrThrow({ where: { id: tx } })).categoryId).toBe(giftsUnderShopping.id);
    const rule = await prisma().rule.findFirstOrThrow({ where: { userId: user.id } });
    expect(rule.actions).toEqual([{ type: "set_category", categoryKey: giftsUnderShopping.id }]);
    const correction = await prisma().correction.findFirstOrThrow({ where: { userId: user.id, field: "category", revertedAt: null } });
    expect(correction.value).toMatchObject({ categoryId: giftsUnderShopping.id, categoryKey: giftsUnderShopping.id });
    // A new transaction the rule matches lands in the destination, not in Other.
    const later = await createTransaction(user.id, account, -900, "PAPER SOURCE WRAP");
    await applyCategorization(prisma(), user.id, [later]);
    expect((await prisma().transaction.findUniqueOrThrow({ where: { id: later } })).categoryId).toBe(giftsUnderShopping.id);
    expect(await caught(deleteCategory(user.id, giftsUnderShopping.id, { reassignToId: giftsTop.id }))).toEqual({ status: 404, message: "Target category was not found" });
  });

  it("answers bad input on every path with a 4xx naming the field", async () => {
    const user = await createUser();
    const ids = await categoryIdsByKey(prisma(), user.id);
    const other = ids.get("other") ?? "";
    expect(await caught(createCategory(user.id, { name: "x".repeat(61) }))).toEqual({ status: 422, message: "name: must be at most 60 characters" });
    expect(await caught(createCategory(user.id, { name: "Orphan", parentId: "00000000-0000-4000-8000-000000000000" }))).toEqual({ status: 404, message: "Parent category was not found" });
    expect(await caught(createCategory(user.id, { name: "shopping" }))).toEqual({ status: 409, message: 'A category named "shopping" already exists there' });
    expect(await caught(updateCategory(user.id, ids.get("groceries") ?? "", { name: "Restaurants" }))).toEqual({ status: 409, message: 'A category named "Restaurants" already exists there' });
    expect(await caught(updateCategory(user.id, ids.get("groceries") ?? "", { name: "  " }))).toEqual({ status: 422, message: "name: is required" });
    expect(await caught(updateCategory(user.id, ids.get("groceries") ?? "", { parentId: ids.get("groceries") ?? null }))).toMatchObject({ status: 422 });
    expect(await caught(updateCategory(user.id, ids.get("groceries") ?? "", { parentId: null, name: "Shopping" }))).toEqual({ status: 409, message: 'A category named "Shopping" already exists there' });
    expect(await caught(deleteCategory(user.id, ids.get("groceries") ?? "", { reassignToId: "nope" }))).toEqual({ status: 422, message: "reassignToId: must be a category id" });
    expect(await caught(deleteCategory(user.id, ids.get("groceries") ?? "", { reassignToId: ids.get("groceries") ?? "" }))).toEqual({
      status: 422, message: "reassignToId: choose a category outside the one being deleted",
    });
    expect(await caught(deleteCategory(user.id, "00000000-0000-4000-8000-000000000000", { reassignToId: other }))).toEqual({ status: 404, message: "Category was not found" });
  });
});

describe("a second user", () => {
  it("can neither read, rename, nest under, delete nor reassign into another user's categories", async () => {
    const alice = await createUser("Alice");
    const mallory = await createUser("Mallory");
    const aliceIds = await categoryIdsByKey(prisma(), alice.id);
    const malloryIds = await categoryIdsByKey(prisma(), mallory.id);
    const aliceOwn = await createCategory(alice.id, { name: "Secret hobby" });
    const notFound = { status: 404, message: "Category was not found" };
    expect(await caught(getCategory(mallory.id, aliceOwn.id))).toEqual(notFound);
    expect(await caught(updateCategory(mallory.id, aliceOwn.id, { name: "Mine" }))).toEqual(notFound);
    expect(await caught(deleteCategory(mallory.id, aliceOwn.id, { reassignToId: malloryIds.get("other") ?? "" }))).toEqual(notFound);
    expect(await caught(createCategory(mallory.id, { name: "Under hers", parentId: aliceOwn.id }))).toEqual({ status: 404, message: "Parent category was not found" });
    expect(await caught(deleteCategory(mallory.id, malloryIds.get("bars") ?? "", { reassignToId: aliceIds.get("bars") ?? "" }))).toEqual({ status: 404, message: "Target category was not found" });
    expect((await listCategories(mallory.id)).some((c) => c.id === aliceOwn.id)).toBe(false);
    expect((await getCategory(alice.id, aliceOwn.id)).name).toBe("Secret hobby");
  });
});
