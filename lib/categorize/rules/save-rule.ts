import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { categoryIdsByKey } from "@/lib/categorize/category-ids-by-key";
import { assertRuleCategoriesExist, RuleInput, RuleUpdateInput } from "@/lib/categorize/rules/rule-input";
import { recategorizeUserTransactions } from "@/lib/categorize/rules/recategorize-user-transactions";
import { getRule, type RuleView } from "@/lib/categorize/rules/list-rules";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

export const MAX_RULES_PER_USER = 200;

export interface SavedRule {
  rule: RuleView;
  /** Transactions whose category changed when the rules were re-applied. */
  recategorized: number;
}

/** Creates a rule and re-applies all rules to the user's transactions (their own choices stay). */
export async function createRule(userId: string, input: unknown, meta: { requestId?: string } = {}): Promise<SavedRule> {
  const fields = RuleInput.parse(input);
  const db = prisma();
  const { id, recategorized } = await db.$transaction(async (tx) => {
    assertRuleCategoriesExist(fields, await categoryIdsByKey(tx, userId));
    if ((await tx.rule.count({ where: { userId } })) >= MAX_RULES_PER_USER) {
      throw new AppError("conflict", `You can have at most ${MAX_RULES_PER_USER} rules`, { text: { key: "errors.tooManyRules", params: { max: MAX_RULES_PER_USER } } });
    }
    const rule = await tx.rule.create({ data: { userId, ...fields }, select: { id: true } });
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "rule.created", entityType: "Rule", entityId: rule.id, after: fields, requestId: meta.requestId });
    const applied = await recategorizeUserTransactions(tx, userId, `user:${userId}`);
    return { id: rule.id, recategorized: applied.recategorized };
  }, { timeout: 60_000 });
  return { rule: await getRule(userId, id), recategorized };
}

/** Edits, enables, disables or reprioritizes a rule, then re-applies the rules. */
export async function updateRule(userId: string, ruleId: string, input: unknown, meta: { requestId?: string } = {}): Promise<SavedRule> {
  const patch = RuleUpdateInput.parse(input);
  const db = prisma();
  const recategorized = await db.$transaction(async (tx) => {
    const existing = await tx.rule.findFirst({ where: { id: ruleId, userId } });
    if (!existing) throw notFound("Rule");
    const merged = RuleInput.parse({
      name: patch.name ?? existing.name, enabled: patch.enabled ?? existing.enabled, priority: patch.priority ?? existing.priority,
      conditions: patch.conditions ?? existing.conditions, actions: patch.actions ?? existing.actions,
    });
    assertRuleCategoriesExist(merged, await categoryIdsByKey(tx, userId));
    await tx.rule.update({ where: { id: existing.id }, data: merged });
    await recordAudit(tx, {
      userId, actor: `user:${userId}`, action: "rule.updated", entityType: "Rule", entityId: existing.id,
      before: { name: existing.name, enabled: existing.enabled, priority: existing.priority, conditions: existing.conditions ?? [], actions: existing.actions ?? [] },
      after: merged, requestId: meta.requestId,
    });
    return (await recategorizeUserTransactions(tx, userId, `user:${userId}`)).recategorized;
  }, { timeout: 60_000 });
  return { rule: await getRule(userId, ruleId), recategorized };
}

export async function deleteRule(userId: string, ruleId: string, meta: { requestId?: string } = {}): Promise<{ recategorized: number }> {
  return prisma().$transaction(async (tx) => {
    const existing = await tx.rule.findFirst({ where: { id: ruleId, userId } });
    if (!existing) throw notFound("Rule");
    await tx.rule.delete({ where: { id: existing.id } });
    await recordAudit(tx, {
      userId, actor: `user:${userId}`, action: "rule.deleted", entityType: "Rule", entityId: existing.id,
      before: { name: existing.name, conditions: existing.conditions ?? [], actions: existing.actions ?? [] }, requestId: meta.requestId,
    });
    return { recategorized: (await recategorizeUserTransactions(tx, userId, `user:${userId}`)).recategorized };
  }, { timeout: 60_000 });
}
