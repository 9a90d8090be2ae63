"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { changePassword } from "@/lib/auth/change-password";
import { requireSession } from "@/lib/auth/current-user";
import { requestEmailVerification } from "@/lib/auth/email-verification";
import { runAction } from "@/lib/http/action-result";
import { clientInfoFromHeaders } from "@/lib/sessions/client-info";
import { revokeUserSession, signOutOtherSessions } from "@/lib/sessions/revoke-user-sessions";

export async function changePasswordAction(input: { currentPassword: string; newPassword: string }) {
  return runAction(async () => {
    const { user, sessionId } = await requireSession();
    const result = await changePassword(user.id, sessionId, input, { ip: clientInfoFromHeaders(await headers()).ip });
    revalidatePath("/security");
    return result;
  });
}

export async function revokeSessionAction(sessionId: string) {
  return runAction(async () => {
    const { user } = await requireSession();
    await revokeUserSession(user.id, String(sessionId));
    revalidatePath("/security");
  });
}

export async function signOutOthersAction() {
  return runAction(async () => {
    const { user, sessionId } = await requireSession();
    const count = await signOutOtherSessions(user.id, sessionId);
    revalidatePath("/security");
    return { count };
  });
}

export async function sendVerificationAction() {
  return runAction(async () => {
    const { user } = await requireSession();
    return { status: await requestEmailVerification(user.id) };
  });
}
