import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { invalidField } from "@/lib/errors";
import { revokeOtherSessions } from "@/lib/sessions/revoke-user-sessions";
import { hashPassword, verifyPassword } from "./password-hash";
import { assertPasswordFitsUser, PasswordSchema } from "./password-policy";

export const ChangePasswordInput = z.object({
  currentPassword: z.string({ error: "is required" }).min(1, "is required").max(1024),
  newPassword: PasswordSchema,
});

/** Changes the password and signs out every other session; the one making the change stays signed in. */
export async function changePassword(
  userId: string,
  currentSessionId: string,
  input: z.input<typeof ChangePasswordInput>,
  options: { ip?: string; requestId?: string } = {},
): Promise<{ signedOut: number }> {
  const { currentPassword, newPassword } = ChangePasswordInput.parse(input);
  const user = await prisma().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await recordAudit(prisma(), { userId, actor: `user:${userId}`, action: "security.password_change_failed", entityType: "User", entityId: userId, ip: options.ip, requestId: options.requestId });
    throw invalidField("currentPassword", "is not your current password", "errors.wrongCurrentPassword");
  }
  if (currentPassword === newPassword) throw invalidField("newPassword", "must differ from the current password", "errors.passwordUnchanged");
  assertPasswordFitsUser(newPassword, user.email, "newPassword");
  const passwordHash = await hashPassword(newPassword);
  return prisma().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    const signedOut = await revokeOtherSessions(tx, userId, currentSessionId);
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "security.password_changed", entityType: "User", entityId: userId, after: { otherSessionsSignedOut: signedOut }, ip: options.ip, requestId: options.requestId });
    return { signedOut };
  });
}
