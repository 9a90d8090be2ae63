import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { passwordResetMail } from "@/lib/mail/account-mail";
import { sendMail } from "@/lib/mail/send-mail";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consumeRateLimit, type RateLimitPolicy } from "@/lib/rate-limit";
import { issueAuthToken, RESET_TOKEN_MINUTES } from "./auth-tokens";
import { EmailSchema } from "./register-user";

// Per e-mail: stop mail-bombing one inbox; per address: stop one client sweeping many addresses.
export const RESET_LIMIT_PER_EMAIL: RateLimitPolicy = { name: "reset-email", limit: 3, windowSeconds: 15 * 60 };
export const RESET_LIMIT_PER_IP: RateLimitPolicy = { name: "reset-ip", limit: 10, windowSeconds: 15 * 60 };

export const RequestPasswordResetInput = z.object({ email: EmailSchema });

/**
 * Sends a reset link when the address belongs to an enabled account. The answer is the same either
 * way, so the form cannot be used to find out who has an account.
 */
export async function requestPasswordReset(input: z.input<typeof RequestPasswordResetInput>, client: { ip: string }, now = new Date()): Promise<void> {
  const { email } = RequestPasswordResetInput.parse(input);
  for (const [policy, key] of [[RESET_LIMIT_PER_IP, client.ip], [RESET_LIMIT_PER_EMAIL, email]] as const) {
    const result = await consumeRateLimit(policy, key);
    if (!result.success) {
      const minutes = Math.max(1, Math.ceil((result.resetAt - Date.now()) / 60_000));
      throw new AppError("rate_limited", `Too many reset requests. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, { retryAfterSeconds: minutes * 60, text: { key: "errors.tooManyResets", params: { minutes } } });
    }
  }
  const user = await prisma().user.findUnique({ where: { email }, select: { id: true, name: true, email: true, disabledAt: true } });
  if (!user || user.disabledAt) return;
  const token = await prisma().$transaction(async (tx) => {
    const secret = await issueAuthToken(tx, user.id, "reset_password", RESET_TOKEN_MINUTES * 60_000, now);
    await recordAudit(tx, { userId: user.id, actor: `ip:${client.ip}`, action: "security.password_reset_requested", entityType: "User", entityId: user.id, ip: client.ip });
    return secret;
  });
  await sendMail({ to: user.email, ...passwordResetMail({ name: user.name, token, minutes: RESET_TOKEN_MINUTES }) });
}
