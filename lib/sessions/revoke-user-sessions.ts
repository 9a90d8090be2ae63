import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Signs one device out. A foreign or unknown id is "not found". */
export async function revokeUserSession(userId: string, sessionId: string, options: { requestId?: string } = {}): Promise<void> {
  await prisma().$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw notFound("Session");
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "security.session_revoked", entityType: "UserSession", entityId: sessionId, requestId: options.requestId });
  });
}

/** Every session but `keepSessionId` (null: all of them). Runs in the caller's transaction; returns how many were revoked. */
export async function revokeOtherSessions(tx: Prisma.TransactionClient, userId: string, keepSessionId: string | null): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}

export async function signOutOtherSessions(userId: string, currentSessionId: string, options: { requestId?: string } = {}): Promise<number> {
  return prisma().$transaction(async (tx) => {
    const count = await revokeOtherSessions(tx, userId, currentSessionId);
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "security.sessions_revoked", entityType: "User", entityId: userId, after: { count }, requestId: options.requestId });
    return count;
  });
}
