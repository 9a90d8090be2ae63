import { verifyPassword } from "@/lib/auth/password-hash";
import { recordAudit } from "@/lib/audit/record-audit";
import { EmailSchema } from "@/lib/auth/register-user";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { consumeRateLimit, type RateLimitPolicy } from "@/lib/rate-limit";

// Per address: a credential-stuffing source; per e-mail: one account under guessing from many addresses.
export function loginLimitPerIp(): RateLimitPolicy {
  return { name: "login-ip", limit: env().LOGIN_ATTEMPTS_PER_IP, windowSeconds: 15 * 60 };
}

export function loginLimitPerEmail(): RateLimitPolicy {
  return { name: "login-email", limit: env().LOGIN_ATTEMPTS_PER_EMAIL, windowSeconds: 15 * 60 };
}

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: "user" | "admin";
  sessionVersion: number;
}

/** Checks an e-mail and password; null for wrong credentials. Throws rate_limited past either budget. */
export async function verifyCredentials(input: { email: unknown; password: unknown; ip: string }): Promise<SignedInUser | null> {
  const parsedEmail = EmailSchema.safeParse(input.email);
  const email = parsedEmail.success ? parsedEmail.data : "";
  const password = typeof input.password === "string" ? input.password.slice(0, 1024) : "";

  for (const [policy, key] of [[loginLimitPerIp(), input.ip], [loginLimitPerEmail(), email]] as const) {
    const result = await consumeRateLimit(policy, key);
    if (!result.success) {
      const minutes = Math.max(1, Math.ceil((result.resetAt - Date.now()) / 60_000));
      throw new AppError("rate_limited", `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, {
        retryAfterSeconds: minutes * 60,
        text: { key: "errors.tooManySignIns", params: { minutes } },
      });
    }
  }

  const user = email ? await prisma().user.findUnique({ where: { email } }) : null;
  // Always run one argon2 verification so an unknown e-mail costs the same time as a wrong password.
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || user.disabledAt) {
    if (user) {
      await recordAudit(prisma(), { userId: user.id, actor: `ip:${input.ip}`, action: "security.sign_in_failed", entityType: "User", entityId: user.id, ip: input.ip });
    }
    return null;
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
