import { describe, expect, it } from "vitest";
import { applyCategorization } from "@/lib/categorize/load-categorization-context";
import { getRule, listRules } from "@/lib/categorize/rules/list-rules";
import { previewRule } from "@/lib/categorize/rules/preview-rule";
import { reorderRules } from "@/lib/categorize/rules/reorder-rules";
import { createRule, deleteRule, updateRule } from "@/lib/categorize/rules/save-rule";
import { prisma } from "@/lib/db";
import { toErrorResponse } from "@/lib/errors";
import { createManualAccount, createTransaction, createUser } from "../helpers/factories";

async function caught(work: Promise<unknown>): Promise<{ status: number; message: string }> {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeDefined();
  const { status, body } = toErrorResponse(error);
  return { status, message: body.error.message };
}

const pizzaRule = { name: "Pizza is fun", conditions: [{ type: "merchant", operator: "contains", value: "pizza" }], actions: [{ type: "set_category", categoryKey: "entertainment" }] };

async function seed() {
  const user = await createUser();
  const account = await createManualAccount(user.id);
  const pizzas = [await createTransaction(user.id, account, -3260, "TST* JOES PIZZA 1234"), await createTransaction(user.id, account, -1800, "MARIOS PIZZA")];
  const coffee = await createTransaction(user.id, account, -575, "STARBUCKS STORE 1");
  await applyCategorization(prisma(), user.id, [...pizzas, coffee]);
  return { user, account, pizzas, coffee };
}

async function systemKeyOf(id: string) {
  const row = await prisma().transaction.findUniqueOrThrow({ where: { id }, select: { categoryId: true, categorySource: true } });
  const category = row.categoryId ? await prisma().category.findUniqueOrThrow({ where: { id: row.categoryId }, select: { systemKey: true } }) : null;
  return { category, categorySource: row.categorySource };
}

describe("rules", () => {
  it("previews without writing, then saving applies the rule to existing transactions", async () => {
    const { user, pizzas, coffee } = await seed();
    const preview = await previewRule(user.id, pizzaRule);
    expect(preview.wouldChange).toBe(2);
    expect(preview.matching).toBe(2);
    expect(preview.examples.map((e) => e.to)).toEqual(["Entertainment", "Entertainment"]);
    expect((await systemKeyOf(pizzas[0] ?? "")).category?.systemKey).not.toBe("entertainment");

    const saved = await createRule(user.id, pizzaRule);
    expect(saved.recategorized).toBe(2);
    expect(saved.rule).toMatchObject({ name: "Pizza is fun", enabled: true, priority: 100, origin: "user" });
    for (const id of pizzas) expect(await systemKeyOf(id)).toEqual({ category: { systemKey: "entertainment" }, categorySource: "rule" });
    expect((await systemKeyOf(coffee)).category?.systemKey).toBe("coffee_shops");
    expect(await prisma().auditLog.count({ where: { userId: user.id, action: "rule.created" } })).toBe(1);
    expect((await previewRule(user.id, pizzaRule, { ruleId: saved.rule.id })).wouldChange).toBe(0);

    // Disabling puts the built-in answer back.
    const off = await updateRule(user.id, saved.rule.id, { enabled: false });
    expect(off.recategorized).toBe(2);
    expect((await systemKeyOf(pizzas[0] ?? "")).categorySource).toBe("builtin");
    await updateRule(user.id, saved.rule.id, { enabled: true });
    expect(await deleteRule(user.id, saved.rule.id)).toEqual({ recategorized: 2 });
    expect(await listRules(user.id)).toEqual([]);
  });

  it("reorders by priority: the first rule in the order wins", async () => {
    const { user, pizzas } = await seed();
    const fun = await createRule(user.id, pizzaRule);
    const food = await createRule(user.id, { ...pizzaRule, name: "Pizza is food", actions: [{ type: "set_category", categoryKey: "restaurants" }] });
    await reorderRules(user.id, { ruleIds: [food.rule.id, fun.rule.id] });
    expect((await systemKeyOf(pizzas[0] ?? "")).category?.systemKey).toBe("restaurants");
    const reordered = await reorderRules(user.id, { ruleIds: [fun.rule.id, food.rule.id] });
    expect(reordered.map((r) => [r.name, r.priority])).toEqual([["Pizza is fun", 1000], ["Pizza is food", 500]]);
    expect((await systemKeyOf(pizzas[0] ?? "")).category?.systemKey).toBe("entertainment");
    expect(await caught(reorderRules(user.id, { ruleIds: [fun.rule.id] }))).toEqual({ status: 422, message: "ruleIds: must list every one of your rules" });
  });

  it.each([
    [{ ...pizzaRule, conditions: [] }, "conditions: a rule needs at least one condition"],
    [{ ...pizzaRule, name: " " }, "name: is required"],
    [{ ...pizzaRule, conditions: [{ type: "description", operator: "regex", value: "(a+)+$" }] }, "conditions.0.value: unsafe regex: nested quantifiers like (a+)+ can take exponential time"],
    [{ ...pizzaRule, conditions: [{ type: "merchant", operator: "contains", value: "" }] }, "conditions.0.value: must not be empty"],
    [{ ...pizzaRule, actions: [{ type: "set_category", categoryKey: "no_such_thing" }] }, 'actions.0.categoryKey: there is no category "no_such_thing"'],
    [{ ...pizzaRule, priority: 5000 }, "priority: must be at most 1000"],
  ])("refuses an invalid rule with a message naming the field (%#)", async (input, message) => {
    const { user } = await seed();
    expect(await caught(createRule(user.id, input))).toEqual({ status: 422, message });
    expect(await caught(previewRule(user.id, input))).toEqual({ status: 422, message });
    expect(await listRules(user.id)).toEqual([]);
  });
});

describe("a second user", () => {
  it("can neither read, change, preview against nor reorder another user's rules, and their rules never touch the first user's rows", async () => {
    const { user, pizzas } = await seed();
    const rule = await createRule(user.id, pizzaRule);
    const mallory = await createUser("Mallory");
    const notFound = { status: 404, message: "Rule was not found" };
    expect(await caught(getRule(mallory.id, rule.rule.id))).toEqual(notFound);
    expect(await caught(updateRule(mallory.id, rule.rule.id, { enabled: false }))).toEqual(notFound);
    expect(await caught(deleteRule(mallory.id, rule.rule.id))).toEqual(notFound);
    expect(await caught(previewRule(mallory.id, pizzaRule, { ruleId: rule.rule.id }))).toEqual(notFound);
    expect(await caught(reorderRules(mallory.id, { ruleIds: [rule.rule.id] }))).toEqual(notFound);
    expect(await listRules(mallory.id)).toEqual([]);
    await createRule(mallory.id, { ...pizzaRule, actions: [{ type: "set_category", categoryKey: "groceries" }] });
    expect((await systemKeyOf(pizzas[0] ?? "")).category?.systemKey).toBe("entertainment");
    expect((await getRule(user.id, rule.rule.id)).enabled).toBe(true);
  });
});
