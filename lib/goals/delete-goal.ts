import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Deletes a goal and its contributions; the money and any transfers stay where they are. */
export async function deleteGoal(userId: string, goalId: string): Promise<void> {
  await prisma().$transaction(async (tx) => {
    const goal = await tx.goal.findFirst({ where: { id: goalId, userId }, select: { name: true } });
    if (!goal) throw notFound("Goal");
    await tx.goal.delete({ where: { id: goalId } });
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "goal.deleted", entityType: "Goal", entityId: goalId, before: { name: goal.name } });
  });
}
