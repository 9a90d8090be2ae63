"use server";

import { revalidatePath } from "next/cache";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { requireUser } from "@/lib/auth/current-user";
import { runAction } from "@/lib/http/action-result";

export async function createTokenAction(input: { name: string; scopes: string[]; expiresInDays: number | null }) {
  return runAction(async () => {
    const user = await requireUser();
    const created = await createApiToken(user.id, input);
    revalidatePath("/developer");
    return created;
  });
}

export async function revokeTokenAction(tokenId: string) {
  return runAction(async () => {
    const user = await requireUser();
    await revokeApiToken(user.id, String(tokenId));
    revalidatePath("/developer");
  });
}
