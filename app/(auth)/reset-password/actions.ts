"use server";

import { headers } from "next/headers";
import { resetPassword } from "@/lib/auth/reset-password";
import { runAction } from "@/lib/http/action-result";
import { clientInfoFromHeaders } from "@/lib/sessions/client-info";

export async function resetPasswordAction(input: { token: string; password: string }) {
  return runAction(async () => resetPassword(input, clientInfoFromHeaders(await headers())));
}
