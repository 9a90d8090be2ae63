import { z } from "zod";
import { checkRegexSafety } from "./check-regex-safety";

const MAX_TEXT_VALUE_LENGTH = 200;

const TextValueSchema = z.string().trim().min(1, "must not be empty").max(MAX_TEXT_VALUE_LENGTH);

/** A regex is accepted only if it compiles and passes the backtracking check. */
const SafePatternSchema = z
  .string()
  .min(1, "must not be empty")
  .superRefine((pattern, ctx) => {
    const verdict = checkRegexSafety(pattern);
    if (!verdict.safe) ctx.addIssue({ code: "custom", message: `unsafe regex: ${verdict.reason}` });
  });

function textConditionSchema<T extends string>(type: T) {
  return z.discriminatedUnion("operator", [
    z.object({ type: z.literal(type), operator: z.enum(["contains", "equals", "starts_with"]), value: TextValueSchema }),
    z.object({ type: z.literal(type), operator: z.literal("regex"), value: SafePatternSchema }),
  ]);
}

const MinorAmountSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const AmountConditionSchema = z
  .object({
    type: z.literal("amount"),
    /** Absolute minor units, inclusive. Sign is a separate field so "between 10 and 20 out" is one condition. */
    min: MinorAmountSchema.optional(),
    max: MinorAmountSchema.optional(),
    direction: z.enum(["debit", "credit"]).optional(),
    currency: z.string().regex(/^[A-Z]{3}$/, "must be a three-letter currency code").optional(),
  })
  .refine((c) => c.min !== undefined || c.max !== undefined || c.direction !== undefined, {
    message: "amount condition needs min, max or direction",
  })
  .refine((c) => c.min === undefined || c.max === undefined || c.min <= c.max, {
    message: "amount min must not exceed max",
    path: ["min"],
  });

export const ConditionSchema = z.union([
  textConditionSchema("description"),
  textConditionSchema("merchant"),
  textConditionSchema("bank_category"),
  AmountConditionSchema,
  z.object({ type: z.literal("account"), accountIds: z.array(z.string().min(1)).min(1).max(50) }),
]);

export const ActionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("set_category"), categoryKey: z.string().min(1).max(64) }),
  z.object({ type: z.literal("rename_merchant"), merchant: TextValueSchema }),
  z.object({ type: z.literal("mark_transfer") }),
  z.object({ type: z.literal("exclude") }),
]);

/** A user rule: every condition must hold (AND); higher priority is applied first. */
export const RuleSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(120).optional(),
  enabled: z.boolean().default(true),
  priority: z.number().int().min(-1000).max(1000).default(0),
  conditions: z.array(ConditionSchema).min(1, "a rule needs at least one condition").max(20),
  actions: z.array(ActionSchema).min(1, "a rule needs at least one action").max(10),
});

export type Condition = z.infer<typeof ConditionSchema>;
export type RuleAction = z.infer<typeof ActionSchema>;
export type Rule = z.infer<typeof RuleSchema>;
/** What callers may send before defaults are filled in (enabled, priority). */
export type RuleInput = z.input<typeof RuleSchema>;
