import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Condition, RuleAction } from "@/lib/categorize/rule-schema";

export interface RuleView {
  id: string;
  name: string;
  enabled: boolean;
  priority: number;
  origin: "user" | "learned" | "suggested";
  conditions: Condition[];
  actions: RuleAction[];
}

const SELECT = { id: true, name: true, enabled: true, priority: true, origin: true, conditions: true, actions: true } as const;

type Row = { id: string; name: string; enabled: boolean; priority: number; origin: RuleView["origin"]; conditions: unknown; actions: unknown };

// Stored JSON was validated by RuleInput on the way in.
const toView = (row: Row): RuleView => ({ ...row, conditions: row.conditions as Condition[], actions: row.actions as RuleAction[] });

/** The user's rules in evaluation order: highest priority first. */
export async function listRules(userId: string): Promise<RuleView[]> {
  const rows = await prisma().rule.findMany({ where: { userId }, select: SELECT, orderBy: [{ priority: "desc" }, { id: "asc" }] });
  return rows.map(toView);
}

export async function getRule(userId: string, ruleId: string): Promise<RuleView> {
  const row = await prisma().rule.findFirst({ where: { id: ruleId, userId }, select: SELECT });
  if (!row) throw notFound("Rule");
  return toView(row);
}
