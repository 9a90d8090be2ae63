"use server";

import { headers } from "next/headers";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { runAction } from "@/lib/http/action-result";
import { clientInfoFromHeaders } from "@/lib/sessions/client-info";

export async function requestPasswordResetAction(input: { email: string }) {
  return runAction(async () => requestPasswordReset(input, clientInfoFromHeaders(await headers())));
}
