/**
 * Single-use, short-lived e-mail tokens (password reset, e-mail verification). Only a SHA-256 of the
 * secret is stored; consuming is one conditional UPDATE, so two clicks on the same link cannot both win.
 */
import { invalidField } from "@/lib/errors";
import type { AuthTokenPurpose, Prisma } from "@/lib/generated/prisma/client";
import { generateSecret, hashSecret } from "./hash-secret";

export const RESET_TOKEN_MINUTES = 30;
export const VERIFY_TOKEN_HOURS = 24;

const PREFIX: Record<AuthTokenPurpose, string> = { reset_password: "rst_", verify_email: "vfy_" };

/** Issues a new token and retires the user's older unused ones for the same purpose. */
export async function issueAuthToken(tx: Prisma.TransactionClient, userId: string, purpose: AuthTokenPurpose, ttlMs: number, now = new Date()): Promise<string> {
  await tx.authToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  const secret = generateSecret(PREFIX[purpose]);
  await tx.authToken.create({ data: { userId, purpose, tokenHash: hashSecret(secret), createdAt: now, expiresAt: new Date(now.getTime() + ttlMs) } });
  return secret;
}

/** Marks the token used and returns its user; any failure is the same message (no oracle for guessing). */
export async function consumeAuthToken(tx: Prisma.TransactionClient, secret: string, purpose: AuthTokenPurpose, now = new Date()): Promise<string> {
  const invalid = invalidField("token", "this link is invalid, was already used or has expired. Ask for a new one.", "errors.linkInvalid");
  if (!secret.startsWith(PREFIX[purpose]) || secret.length > 200) throw invalid;
  const tokenHash = hashSecret(secret);
  const { count } = await tx.authToken.updateMany({ where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (count !== 1) throw invalid;
  const row = await tx.authToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
  return row.userId;
}
