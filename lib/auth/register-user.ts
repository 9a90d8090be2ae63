import { z } from "zod";
import { PasswordSchema } from "@/lib/auth/password-policy";
import { hashPassword } from "@/lib/auth/password-hash";
import { createDefaultCategories } from "@/lib/categories/create-default-categories";
import { prisma } from "@/lib/db";
import { AppError, invalidField } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";

export const EmailSchema = z.string().trim().toLowerCase().max(254, "must be at most 254 characters").email("must be a valid e-mail address");

export const RegisterInput = z.object({
  name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
  email: EmailSchema,
  password: PasswordSchema,
  /** The browser's language at sign-up (lib/i18n), so a new account starts in it; settings can change it. */
  locale: z.string().trim().max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a language tag such as en-US").optional(),
});

export interface RegisteredUser {
  id: string;
  email: string;
  name: string;
}

export async function registerUser(input: z.input<typeof RegisterInput>, requestId?: string): Promise<RegisteredUser> {
  const { name, email, password, locale } = RegisterInput.parse(input);
  if (password.toLowerCase().includes(email.split("@")[0] ?? email)) {
    throw invalidField("password", "must not contain your e-mail name", "errors.passwordHasEmail");
  }
  const passwordHash = await hashPassword(password);
  try {
    return await prisma().$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name, email, passwordHash, ...(locale ? { locale } : {}) }, select: { id: true, email: true, name: true } });
      await createDefaultCategories(tx, user.id);
      await recordAudit(tx, { userId: user.id, actor: `user:${user.id}`, action: "user.registered", entityType: "User", entityId: user.id, after: { email, name }, requestId });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "An account with this e-mail already exists", { text: { key: "errors.emailTaken" } });
    }
    throw error;
  }
}
