"use server";

import { registerUser } from "@/lib/auth/register-user";
import { runAction } from "@/lib/http/action-result";

export async function registerAction(input: { name: string; email: string; password: string }) {
  return runAction(async () => {
    const user = await registerUser(input);
    return { email: user.email };
  });
}
