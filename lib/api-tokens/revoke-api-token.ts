import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Revoking twice is harmless; a foreign or unknown id is "not found". */
export async function revokeApiToken(userId: string, tokenId: string, options: { requestId?: string } = {}): Promise<void> {
  await prisma().$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId }, select: { id: true, name: true, revokedAt: true } });
    if (!token) throw notFound("Token");
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "security.token_revoked", entityType: "ApiToken", entityId: tokenId, before: { name: token.name }, requestId: options.requestId });
  });
}
