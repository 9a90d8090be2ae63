import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { revokeOtherSessions } from "@/lib/sessions/revoke-user-sessions";

/**
 * Disables (or re-enables) an account. Disabling signs the user out everywhere at once: sessions are
 * revoked and API tokens stop working (authenticateApiToken checks disabledAt).
 */
export async function setUserDisabled(adminId: string, userId: string, disabled: boolean, options: { requestId?: string } = {}): Promise<void> {
  if (adminId === userId) throw new AppError("validation", "userId: you cannot disable your own account");
  await prisma().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, disabledAt: true } });
    if (!user) throw notFound("User");
    if (Boolean(user.disabledAt) === disabled) return;
    await tx.user.update({ where: { id: userId }, data: disabled ? { disabledAt: new Date(), sessionVersion: { increment: 1 } } : { disabledAt: null } });
    if (disabled) await revokeOtherSessions(tx, userId, null);
    await recordAudit(tx, {
      userId, actor: `user:${adminId}`, action: disabled ? "admin.user_disabled" : "admin.user_enabled", entityType: "User", entityId: userId, requestId: options.requestId,
    });
  });
}
