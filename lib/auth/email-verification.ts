import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyEmailMail } from "@/lib/mail/account-mail";
import { sendMail } from "@/lib/mail/send-mail";
import { consumeRateLimit } from "@/lib/rate-limit";
import { consumeAuthToken, issueAuthToken, VERIFY_TOKEN_HOURS } from "./auth-tokens";

const VERIFY_LIMIT = { name: "verify-email", limit: 5, windowSeconds: 60 * 60 };

/** Sends a confirmation link to the account's address; nothing to do when it is already confirmed. */
export async function requestEmailVerification(userId: string, now = new Date()): Promise<"sent" | "already_verified"> {
  const user = await prisma().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, emailVerifiedAt: true } });
  if (user.emailVerifiedAt) return "already_verified";
  if (!(await consumeRateLimit(VERIFY_LIMIT, userId)).success) {
    throw new AppError("rate_limited", "Too many confirmation e-mails. Try again in an hour.", { retryAfterSeconds: 3600, text: { key: "errors.tooManyConfirmations" } });
  }
  const token = await prisma().$transaction((tx) => issueAuthToken(tx, userId, "verify_email", VERIFY_TOKEN_HOURS * 3_600_000, now));
  await sendMail({ to: user.email, ...verifyEmailMail({ name: user.name, token, hours: VERIFY_TOKEN_HOURS }) });
  return "sent";
}

export async function verifyEmail(token: string, now = new Date()): Promise<{ email: string }> {
  return prisma().$transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, token, "verify_email", now);
    const user = await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: now }, select: { email: true } });
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "security.email_verified", entityType: "User", entityId: userId, after: { email: user.email } });
    return user;
  });
}

export async function isEmailVerified(userId: string): Promise<boolean> {
  const user = await prisma().user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerifiedAt: true } });
  return user.emailVerifiedAt !== null;
}
