import { z } from "zod";
import { defineOperation, type ApiResource } from "@/lib/api/api-operation";
import { Uuid } from "@/lib/api/api-schemas";
import { ActionSchema, ConditionSchema } from "@/lib/categorize/rule-schema";
import { getRule, listRules } from "@/lib/categorize/rules/list-rules";
import { RuleInput, RuleUpdateInput } from "@/lib/categorize/rules/rule-input";
import { createRule, deleteRule, updateRule } from "@/lib/categorize/rules/save-rule";

export const RuleSchema = z
  .object({
    id: Uuid,
    name: z.string(),
    enabled: z.boolean(),
    priority: z.number().int().meta({ description: "Higher runs first" }),
    origin: z.enum(["user", "learned", "suggested"]),
    conditions: z.array(ConditionSchema),
    actions: z.array(ActionSchema),
  })
  .meta({ id: "Rule" });

const SavedRule = z.object({ rule: RuleSchema, recategorized: z.number().int().meta({ description: "Transactions whose category changed when the rules were re-applied" }) });

export const rulesResource: ApiResource = {
  name: "Rules",
  description: "Categorization rules: conditions on description, merchant, amount, account or bank category, and the actions they take. Saving re-applies them; the user's own corrections always win.",
  operations: [
    defineOperation({
      id: "listRules",
      method: "GET",
      path: "/rules",
      summary: "List rules in evaluation order",
      scope: "read",
      response: z.object({ rules: z.array(RuleSchema) }),
      handler: async ({ caller }) => ({ rules: await listRules(caller.userId) }),
    }),
    defineOperation({
      id: "getRule",
      method: "GET",
      path: "/rules/{ruleId}",
      summary: "Get one rule",
      scope: "read",
      pathParams: { ruleId: "Rule" },
      response: z.object({ rule: RuleSchema }),
      handler: async ({ caller, params }) => ({ rule: await getRule(caller.userId, params.ruleId ?? "") }),
    }),
    defineOperation({
      id: "createRule",
      method: "POST",
      path: "/rules",
      summary: "Create a rule",
      description: "Accepts an Idempotency-Key header.",
      scope: "write",
      body: RuleInput,
      response: SavedRule,
      successStatus: 201,
      handler: ({ caller, body }) => createRule(caller.userId, body, { requestId: caller.requestId }),
    }),
    defineOperation({
      id: "updateRule",
      method: "PATCH",
      path: "/rules/{ruleId}",
      summary: "Change a rule",
      description: "Only the fields sent change.",
      scope: "write",
      pathParams: { ruleId: "Rule" },
      body: RuleUpdateInput,
      response: SavedRule,
      handler: ({ caller, params, body }) => updateRule(caller.userId, params.ruleId ?? "", body, { requestId: caller.requestId }),
    }),
    defineOperation({
      id: "deleteRule",
      method: "DELETE",
      path: "/rules/{ruleId}",
      summary: "Delete a rule",
      scope: "write",
      pathParams: { ruleId: "Rule" },
      response: z.object({}),
      successStatus: 204,
      handler: async ({ caller, params }) => {
        await deleteRule(caller.userId, params.ruleId ?? "", { requestId: caller.requestId });
        return {};
      },
    }),
  ],
};
