"use server";

import { getLocale } from "next-intl/server";
import { registerUser } from "@/lib/auth/register-user";
import { runAction } from "@/lib/http/action-result";

export async function registerAction(input: { name: string; email: string; password: string }) {
  return runAction(async () => {
    // The locale this page was shown in: the browser's, when the interface speaks its language.
    const user = await registerUser({ ...input, locale: await getLocale() });
    return { email: user.email };
  });
}
