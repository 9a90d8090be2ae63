import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { revokeOtherSessions } from "@/lib/sessions/revoke-user-sessions";
import { consumeAuthToken } from "./auth-tokens";
import { hashPassword } from "./password-hash";
import { assertPasswordFitsUser, PasswordSchema } from "./password-policy";

export const ResetPasswordInput = z.object({
  token: z.string({ error: "is required" }).min(1, "is required").max(200, "is not a valid link"),
  password: PasswordSchema,
});

/**
 * Sets a new password from a reset link and signs the account out everywhere: whoever asked for the
 * reset may be recovering from a stolen password. Following the link also proves the address.
 */
export async function resetPassword(input: z.input<typeof ResetPasswordInput>, client: { ip: string }, now = new Date()): Promise<{ email: string }> {
  const { token, password } = ResetPasswordInput.parse(input);
  const passwordHash = await hashPassword(password);
  return prisma().$transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, token, "reset_password", now);
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
    assertPasswordFitsUser(password, user.email);
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: user.emailVerifiedAt ?? now },
    });
    await revokeOtherSessions(tx, userId, null);
    await recordAudit(tx, { userId, actor: `ip:${client.ip}`, action: "security.password_reset", entityType: "User", entityId: userId, ip: client.ip });
    return { email: user.email };
  });
}
