import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Stops a schedule. Transactions it already created stay: that money was (or will be) spent. */
export async function deleteSchedule(userId: string, scheduleId: string): Promise<void> {
  await prisma().$transaction(async (tx) => {
    const schedule = await tx.scheduledTransaction.findFirst({ where: { id: scheduleId, userId }, select: { id: true, description: true } });
    if (!schedule) throw notFound("Schedule");
    await tx.scheduledTransaction.delete({ where: { id: scheduleId } });
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "schedule.deleted", entityType: "ScheduledTransaction", entityId: scheduleId, before: { description: schedule.description } });
  });
}
