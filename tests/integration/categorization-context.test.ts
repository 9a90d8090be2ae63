import { describe, expect, it } from "vitest";
import { applyCategorization, categoryIdsByKey, loadCategorizationContext } from "@/lib/categorize/load-categorization-context";
import { trainModel } from "@/lib/categorize/train-model";
import { prisma } from "@/lib/db";
import { createManualAccount, createTransaction, createUser } from "../helpers/factories";

async function categoryOf(transactionId: string) {
  const { categoryId, ...row } = await prisma().transaction.findUniqueOrThrow({
    where: { id: transactionId },
    select: { categorySource: true, categoryConfidence: true, categoryRuleId: true, merchantName: true, categoryId: true },
  });
  const category = categoryId ? await prisma().category.findUniqueOrThrow({ where: { id: categoryId }, select: { systemKey: true, name: true } }) : null;
  return { ...row, category };
}

describe("loadCategorizationContext", () => {
  it("reads the user's enabled valid rules, account masks, learned mappings and model, and nothing of another user's", async () => {
    const user = await createUser();
    const other = await createUser();
    const db = prisma();
    const checking = await createManualAccount(user.id, "Checking");
    await db.account.update({ where: { id: checking }, data: { mask: "4321" } });
    const othersAccount = await createManualAccount(other.id, "Other's");
    await db.rule.create({
      data: { userId: user.id, name: "Gym", priority: 5, conditions: [{ type: "merchant", operator: "contains", value: "iron" }], actions: [{ type: "set_category", categoryKey: "fitness" }] },
    });
    await db.rule.create({
      data: { userId: user.id, name: "Off", enabled: false, conditions: [{ type: "description", operator: "contains", value: "x" }], actions: [{ type: "exclude" }] },
    });
    await db.rule.create({ data: { userId: user.id, name: "Broken", conditions: [], actions: [{ type: "exclude" }] } });
    await db.rule.create({
      data: { userId: other.id, name: "Theirs", conditions: [{ type: "description", operator: "contains", value: "y" }], actions: [{ type: "exclude" }] },
    });

    const diner = await createTransaction(user.id, checking, -1200, "JOES DINER 44");
    const reverted = await createTransaction(user.id, checking, -900, "CORNER SHOP");
    const theirs = await createTransaction(other.id, othersAccount, -900, "THEIR SHOP");
    const ids = await categoryIdsByKey(db, user.id);
    const restaurants = ids.get("restaurants") ?? "";
    await db.correction.create({ data: { userId: user.id, transactionId: diner, field: "category", value: { categoryId: restaurants, categoryKey: "restaurants", merchant: "Joes Diner" } } });
    await db.correction.create({
      data: { userId: user.id, transactionId: reverted, field: "category", value: { categoryId: restaurants, categoryKey: "restaurants", merchant: "Corner Shop" }, revertedAt: new Date() },
    });
    const theirIds = await categoryIdsByKey(db, other.id);
    await db.correction.create({
      data: { userId: other.id, transactionId: theirs, field: "category", value: { categoryId: theirIds.get("groceries") ?? "", categoryKey: "groceries", merchant: "Their Shop" } },
    });
    await db.categoryModel.create({ data: { userId: user.id, examples: 1, model: JSON.parse(JSON.stringify(trainModel([{ description: "JOES DINER", amount: -1200, categoryKey: "restaurants" }]))) } });

    const context = await loadCategorizationContext(db, user.id);
    expect(context.rules.map((rule) => [rule.name, rule.priority, rule.conditions])).toEqual([["Gym", 5, [{ type: "merchant", operator: "contains", value: "iron" }]]]);
    expect(context.ownAccounts).toEqual([{ accountId: checking, mask: "4321" }]);
    expect(context.merchantMappings.map((m) => [m.merchant, m.categoryKey, m.support])).toEqual([["Joes Diner", "restaurants", 1]]);
    expect(context.model?.exampleCount).toBe(1);
    expect(context.categoryIds.get("coffee_shops")).toBe(ids.get("coffee_shops"));
    expect(context.categoryIds.size).toBe(ids.size);
    expect([...context.categoryIds.values()]).not.toContain(theirIds.get("coffee_shops"));
  });

  it("maps system keys and the ids of user-made categories to category ids", async () => {
    const user = await createUser();
    const mine = await prisma().category.create({ data: { userId: user.id, name: "Kids" } });
    const ids = await categoryIdsByKey(prisma(), user.id);
    expect(ids.get(mine.id)).toBe(mine.id);
    expect(ids.size).toBe(56);
  });
});

describe("applyCategorization", () => {
  it("categorizes in precedence order, records why, never touches the user's own choice or another user's rows", async () => {
    const user = await createUser();
    const other = await createUser();
    const db = prisma();
    const account = await createManualAccount(user.id);
    const savings = await createManualAccount(user.id, "Savings");
    await db.account.update({ where: { id: savings }, data: { mask: "9876" } });
    const rule = await db.rule.create({
      data: { userId: user.id, name: "Climbing gym", conditions: [{ type: "merchant", operator: "contains", value: "boulder" }], actions: [{ type: "set_category", categoryKey: "fitness" }] },
    });

    const coffee = await createTransaction(user.id, account, -575, "STARBUCKS STORE 1234 SEATTLE WA");
    const gym = await createTransaction(user.id, account, -8000, "BOULDER BARN 22");
    const transfer = await createTransaction(user.id, account, -50000, "ONLINE TRANSFER TO SAV XXXXXX9876");
    const mystery = await createTransaction(user.id, account, -1234, "ZXQW 0001");
    const mine = await createTransaction(user.id, account, -575, "STARBUCKS STORE 99");
    const ids = await categoryIdsByKey(db, user.id);
    await db.transaction.update({ where: { id: mine }, data: { categoryId: ids.get("groceries") ?? null, categorySource: "user", categoryConfidence: 1 } });
    const otherAccount = await createManualAccount(other.id);
    const foreign = await createTransaction(other.id, otherAccount, -575, "STARBUCKS STORE 1");

    const first = await applyCategorization(db, user.id, [coffee, gym, transfer, mystery, mine, foreign]);
    expect(first).toEqual({ considered: 4, updated: 4, recategorized: 4 });

    expect(await categoryOf(coffee)).toMatchObject({ categorySource: "builtin", categoryConfidence: 0.9, merchantName: "Starbucks", category: { systemKey: "coffee_shops" } });
    expect(await categoryOf(gym)).toMatchObject({ categorySource: "rule", categoryConfidence: 1, categoryRuleId: rule.id, category: { systemKey: "fitness" } });
    expect(await categoryOf(transfer)).toMatchObject({ categorySource: "builtin", category: { systemKey: "account_transfer" } });
    expect(await categoryOf(mystery)).toMatchObject({ categorySource: "default", categoryConfidence: 0.1, category: { systemKey: "other" } });
    expect(await categoryOf(mine)).toMatchObject({ categorySource: "user", category: { systemKey: "groceries" } });
    expect(await categoryOf(foreign)).toMatchObject({ categorySource: "default", category: null, merchantName: null });

    const events = await db.transactionEvent.findMany({ where: { transactionId: gym } });
    expect(events.map((e) => [e.kind, e.source, e.actor])).toEqual([["categorized", "rule", "system:categorize"]]);
    expect(events[0]?.after).toMatchObject({ categoryId: ids.get("fitness"), categorySource: "rule", ruleId: rule.id });
    expect(await db.transactionEvent.count({ where: { transactionId: coffee, source: "system" } })).toBe(1);
    expect(await db.transactionEvent.count({ where: { transactionId: { in: [mine, foreign] } } })).toBe(0);

    // Nothing changed: no writes and no new events.
    expect(await applyCategorization(db, user.id, [coffee, gym, transfer, mystery])).toEqual({ considered: 4, updated: 0, recategorized: 0 });

    // A rule that now claims the coffee row changes it once, with one more event.
    await db.rule.create({
      data: { userId: user.id, name: "Work coffee", priority: 200, conditions: [{ type: "merchant", operator: "equals", value: "Starbucks" }], actions: [{ type: "set_category", categoryKey: "restaurants" }] },
    });
    expect(await applyCategorization(db, user.id, [coffee, mine])).toEqual({ considered: 1, updated: 1, recategorized: 1 });
    expect(await categoryOf(coffee)).toMatchObject({ categorySource: "rule", category: { systemKey: "restaurants" } });
    expect(await categoryOf(mine)).toMatchObject({ categorySource: "user", category: { systemKey: "groceries" } });
    expect(await db.transactionEvent.count({ where: { transactionId: coffee } })).toBe(2);
  });

  it("uses learned merchant mappings and falls back to the parent when a rule's category was deleted", async () => {
    const user = await createUser();
    const db = prisma();
    const account = await createManualAccount(user.id);
    const ids = await categoryIdsByKey(db, user.id);
    const earlier = await createTransaction(user.id, account, -1500, "JOES DINER 12");
    await db.correction.create({
      data: { userId: user.id, transactionId: earlier, field: "category", value: { categoryId: ids.get("restaurants") ?? "", categoryKey: "restaurants", merchant: "Joes Diner" } },
    });
    const later = await createTransaction(user.id, account, -1700, "JOES DINER 77");
    await db.category.delete({ where: { id: ids.get("fuel") ?? "" } });
    await db.rule.create({
      data: { userId: user.id, name: "Fuel", conditions: [{ type: "description", operator: "contains", value: "PETROL" }], actions: [{ type: "set_category", categoryKey: "fuel" }] },
    });
    const petrol = await createTransaction(user.id, account, -4000, "CORNER PETROL");

    await applyCategorization(db, user.id, [later, petrol]);
    expect(await categoryOf(later)).toMatchObject({ categorySource: "learned", categoryConfidence: 0.95, category: { systemKey: "restaurants" } });
    expect(await categoryOf(petrol)).toMatchObject({ categorySource: "rule", category: { systemKey: "transportation" } });
  });

  it("works inside the caller's transaction", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const id = await createTransaction(user.id, account, -1549, "NETFLIX.COM 866-579-7172 CA");
    const outcome = await prisma().$transaction(async (tx) => applyCategorization(tx, user.id, [id]));
    expect(outcome.recategorized).toBe(1);
    expect(await categoryOf(id)).toMatchObject({ categorySource: "builtin", merchantName: "Netflix", category: { systemKey: "streaming" } });
  });
});
