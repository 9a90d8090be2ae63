import { z } from "zod";
import { defineOperation, type ApiResource } from "@/lib/api/api-operation";
import { CalendarDate, Currency, MinorUnits, Uuid } from "@/lib/api/api-schemas";
import { addGoalContribution } from "@/lib/goals/add-goal-contribution";
import { createGoal } from "@/lib/goals/create-goal";
import { deleteGoal } from "@/lib/goals/delete-goal";
import { CreateGoalInput, GoalContributionInput } from "@/lib/goals/goal-input";
import { getGoal, listGoals } from "@/lib/goals/list-goals";

export const GoalSchema = z
  .object({
    id: Uuid,
    name: z.string(),
    targetAmount: MinorUnits,
    currency: Currency,
    deadline: CalendarDate.nullable(),
    accountId: Uuid.nullable().meta({ description: "Transfers into this account count as contributions" }),
    accountName: z.string().nullable(),
    saved: MinorUnits,
    milestonesReached: z.array(z.number().int()).meta({ description: "Percent milestones already celebrated: 25, 50, 75, 100" }),
    progress: z.object({
      percent: z.number().int(),
      remaining: MinorUnits,
      monthlyNeeded: MinorUnits.nullable(),
      overdue: z.boolean(),
      recentMonthlyRate: MinorUnits,
      projectedDate: CalendarDate.nullable(),
    }),
  })
  .meta({ id: "Goal" });

const AMOUNTS = "Amounts are decimal text in the goal's currency (\"250.00\"); responses carry integer minor units.";

export const goalsResource: ApiResource = {
  name: "Goals",
  description: "Savings goals with progress, the monthly amount needed and a projected date.",
  operations: [
    defineOperation({
      id: "listGoals",
      method: "GET",
      path: "/goals",
      summary: "List goals with progress",
      scope: "read",
      response: z.object({ goals: z.array(GoalSchema) }),
      handler: async ({ caller }) => ({ goals: await listGoals(caller.userId) }),
    }),
    defineOperation({
      id: "getGoal",
      method: "GET",
      path: "/goals/{goalId}",
      summary: "Get one goal",
      scope: "read",
      pathParams: { goalId: "Goal" },
      response: z.object({ goal: GoalSchema }),
      handler: async ({ caller, params }) => ({ goal: await getGoal(caller.userId, params.goalId ?? "") }),
    }),
    defineOperation({
      id: "createGoal",
      method: "POST",
      path: "/goals",
      summary: "Create a goal",
      description: `${AMOUNTS} Accepts an Idempotency-Key header.`,
      scope: "write",
      body: CreateGoalInput,
      response: z.object({ goal: GoalSchema }),
      successStatus: 201,
      handler: async ({ caller, body }) => ({ goal: await createGoal(caller.userId, body) }),
    }),
    defineOperation({
      id: "addGoalContribution",
      method: "POST",
      path: "/goals/{goalId}/contributions",
      summary: "Record money put towards (or taken from) a goal",
      description: `${AMOUNTS} A negative amount takes money back out.`,
      scope: "write",
      pathParams: { goalId: "Goal" },
      body: GoalContributionInput,
      response: z.object({ goal: GoalSchema }),
      successStatus: 201,
      handler: async ({ caller, params, body }) => ({ goal: (await addGoalContribution(caller.userId, params.goalId ?? "", body)).goal }),
    }),
    defineOperation({
      id: "deleteGoal",
      method: "DELETE",
      path: "/goals/{goalId}",
      summary: "Delete a goal",
      scope: "write",
      pathParams: { goalId: "Goal" },
      response: z.object({}),
      successStatus: 204,
      handler: async ({ caller, params }) => {
        await deleteGoal(caller.userId, params.goalId ?? "");
        return {};
      },
    }),
  ],
};
