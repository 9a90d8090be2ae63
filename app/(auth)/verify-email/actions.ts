"use server";

import { verifyEmail } from "@/lib/auth/email-verification";
import { runAction } from "@/lib/http/action-result";

export async function verifyEmailAction(input: { token: string }) {
  return runAction(async () => verifyEmail(String(input.token ?? "").slice(0, 200)));
}
