import { describe, expect, it } from "vitest";
import { createManualAccount } from "@/lib/accounts/create-manual-account";
import { prisma } from "@/lib/db";
import { toErrorResponse } from "@/lib/errors";
import { addGoalContribution } from "@/lib/goals/add-goal-contribution";
import { createGoal } from "@/lib/goals/create-goal";
import { deleteGoal } from "@/lib/goals/delete-goal";
import { getGoal, listGoals } from "@/lib/goals/list-goals";
import { createManualTransaction } from "@/lib/manual-transactions/create-manual-transaction";
import { removeManualTransactions } from "@/lib/manual-transactions/remove-manual-transactions";
import { subscribeUserEvents, type UserEvent } from "@/lib/redis/event-bus";
import { createUser } from "../helpers/factories";

const NOW = new Date("2026-11-21T12:00:00Z");

async function failure(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  const { status, body } = toErrorResponse(error);
  return { status, message: body.error.message };
}

describe("goals", () => {
  it("announces each milestone once, as an alert and a live event, from hand contributions and transfers", async () => {
    const user = await createUser();
    const events: UserEvent[] = [];
    const unsubscribe = await subscribeUserEvents(user.id, (event) => events.push(event));
    const checking = await createManualAccount(user.id, { name: "Checking", type: "checking", currency: "EUR", openingBalance: "5000" });
    const savings = await createManualAccount(user.id, { name: "Savings", type: "savings", currency: "EUR" });
    const goal = await createGoal(user.id, { name: "Car", targetAmount: "4000", currency: "EUR", deadline: "2027-05-21", accountId: savings.id }, NOW);
    expect(goal.progress).toMatchObject({ percent: 0, monthlyNeeded: 66_667 }); // €4,000 over 6 months

    const first = await addGoalContribution(user.id, goal.id, { amount: "1000", date: "2026-11-01" }, NOW);
    expect(first.alerts.map((a) => a.title)).toEqual(["Car is 25% there"]);
    const again = await addGoalContribution(user.id, goal.id, { amount: "0.50", date: "2026-11-02" }, NOW);
    expect(again.alerts).toEqual([]);

    // A transfer into the linked account counts, and crosses 50% and 75% together.
    const transfer = await createManualTransaction(user.id, { kind: "transfer", accountId: checking.id, toAccountId: savings.id, amount: "2000", date: "2026-11-20", description: "Save" }, NOW);
    let current = await getGoal(user.id, goal.id, NOW);
    expect([current.saved, current.progress.percent, current.milestonesReached]).toEqual([300_050, 75, [25, 50, 75]]);
    expect(current.progress.projectedDate).toBe("2026-12-21"); // €999.50 left at €3,000.50 per 90 days: 30 days

    // Deleting the transfer takes its contribution away; milestones already announced stay announced.
    await removeManualTransactions(user.id, { ids: [transfer.transactions[0]?.id] }, NOW);
    current = await getGoal(user.id, goal.id, NOW);
    expect(current.saved).toBe(100_050);
    await addGoalContribution(user.id, goal.id, { amount: "3000", date: "2026-11-21" }, NOW);
    const alerts = await prisma().alert.findMany({ where: { userId: user.id, kind: "goal_milestone" }, orderBy: { createdAt: "asc" }, select: { dedupeKey: true } });
    expect(alerts.map((a) => a.dedupeKey)).toEqual([25, 50, 75, 100].map((pct) => `goal:${goal.id}:${pct}`));

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events.filter((e) => e.type === "alert.created").map((e) => (e.data as { title: string }).title)).toEqual(["Car is 25% there", "Car is 50% there", "Car is 75% there", "Goal reached: Car"]);
    await unsubscribe();
  });

  it("answers bad input with 422 naming the field", async () => {
    const user = await createUser();
    const yen = await createManualAccount(user.id, { name: "Yen", type: "cash", currency: "JPY" });
    expect(await failure(createGoal(user.id, { name: "", targetAmount: "10", currency: "USD" }, NOW))).toEqual({ status: 422, message: "name: is required" });
    expect(await failure(createGoal(user.id, { name: "x", targetAmount: "0", currency: "USD" }, NOW))).toEqual({ status: 422, message: "targetAmount: must be greater than zero" });
    expect(await failure(createGoal(user.id, { name: "x", targetAmount: "10", currency: "USD", accountId: yen.id }, NOW))).toEqual({ status: 422, message: "accountId: the linked account must hold the goal's currency (USD)" });
    const goal = await createGoal(user.id, { name: "x", targetAmount: "10", currency: "USD" }, NOW);
    expect(await failure(addGoalContribution(user.id, goal.id, { amount: "1", date: "tomorrow" }, NOW))).toEqual({ status: 422, message: "date: must be a real date (YYYY-MM-DD)" });
  });

  it("a second user can neither see, contribute to nor delete the first user's goal", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    const goal = await createGoal(alice.id, { name: "Alice's", targetAmount: "100", currency: "USD" }, NOW);
    const aliceAccount = await createManualAccount(alice.id, { name: "A", type: "cash", currency: "USD" });
    expect(await listGoals(bob.id, NOW)).toEqual([]);
    const notFound = { status: 404, message: "Goal was not found" };
    expect(await failure(getGoal(bob.id, goal.id, NOW))).toEqual(notFound);
    expect(await failure(addGoalContribution(bob.id, goal.id, { amount: "50", date: "2026-11-20" }, NOW))).toEqual(notFound);
    expect(await failure(deleteGoal(bob.id, goal.id))).toEqual(notFound);
    expect(await failure(createGoal(bob.id, { name: "x", targetAmount: "1", currency: "USD", accountId: aliceAccount.id }, NOW))).toEqual({ status: 404, message: "Account was not found" });
    expect((await getGoal(alice.id, goal.id, NOW)).saved).toBe(0);
  });
});
