import { z } from "zod";
import { ActionSchema, ConditionSchema, type Rule } from "@/lib/categorize/rule-schema";
import { invalidField } from "@/lib/errors";

const NameSchema = z.string().trim().min(1, "is required").max(120, "must be at most 120 characters");
const PrioritySchema = z.number().int("must be a whole number").min(-1000, "must be at least -1000").max(1000, "must be at most 1000");
const ConditionsSchema = z.array(ConditionSchema).min(1, "a rule needs at least one condition").max(20, "at most 20 conditions");
const ActionsSchema = z.array(ActionSchema).min(1, "a rule needs at least one action").max(10, "at most 10 actions");

/** A rule as the editor sends it; the same conditions and actions RuleSchema validates. */
export const RuleInput = z.object({
  name: NameSchema,
  enabled: z.boolean().default(true),
  priority: PrioritySchema.default(100),
  conditions: ConditionsSchema,
  actions: ActionsSchema,
});

/** A partial edit: toggling, reprioritizing, or replacing conditions and actions. */
export const RuleUpdateInput = z.object({
  name: NameSchema.optional(),
  enabled: z.boolean().optional(),
  priority: PrioritySchema.optional(),
  conditions: ConditionsSchema.optional(),
  actions: ActionsSchema.optional(),
});

export type RuleFields = z.output<typeof RuleInput>;

/** A set_category action must name one of the user's categories (system key or own category id). */
export function assertRuleCategoriesExist(rule: Pick<Rule, "actions">, categoryIds: ReadonlyMap<string, string>): void {
  rule.actions.forEach((action, index) => {
    if (action.type === "set_category" && !categoryIds.has(action.categoryKey)) {
      throw invalidField(`actions.${index}.categoryKey`, `there is no category "${action.categoryKey}"`, "errors.noCategoryKey", { key: action.categoryKey });
    }
  });
}
