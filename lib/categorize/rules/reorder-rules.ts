import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { recategorizeUserTransactions } from "@/lib/categorize/rules/recategorize-user-transactions";
import { listRules, type RuleView } from "@/lib/categorize/rules/list-rules";
import { prisma } from "@/lib/db";
import { invalidField, notFound } from "@/lib/errors";

export const ReorderRulesInput = z.object({
  ruleIds: z.array(z.string().uuid("must be rule ids")).min(1, "must list the rules").max(500),
});

/**
 * Sets priorities from an order (first = evaluated first). The list must be exactly the user's
 * rules, so a stale editor cannot silently drop one; priorities are spread evenly within the
 * range RuleSchema allows so a later single edit can slot between two.
 */
export async function reorderRules(userId: string, input: unknown, meta: { requestId?: string } = {}): Promise<RuleView[]> {
  const { ruleIds } = ReorderRulesInput.parse(input);
  if (new Set(ruleIds).size !== ruleIds.length) throw invalidField("ruleIds", "must not repeat a rule", "errors.ruleRepeated");
  await prisma().$transaction(async (tx) => {
    const owned = await tx.rule.findMany({ where: { userId }, select: { id: true } });
    const ownedIds = new Set(owned.map((rule) => rule.id));
    if (ruleIds.some((id) => !ownedIds.has(id))) throw notFound("Rule");
    if (ruleIds.length !== ownedIds.size) throw invalidField("ruleIds", "must list every one of your rules", "errors.ruleListIncomplete");
    const step = Math.max(1, Math.floor(1000 / ruleIds.length));
    for (const [index, id] of ruleIds.entries()) {
      await tx.rule.update({ where: { id }, data: { priority: (ruleIds.length - index) * step } });
    }
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "rule.reordered", entityType: "Rule", after: { ruleIds }, requestId: meta.requestId });
    await recategorizeUserTransactions(tx, userId, `user:${userId}`);
  }, { timeout: 60_000 });
  return listRules(userId);
}
