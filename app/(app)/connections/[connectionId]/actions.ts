"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { parseIdParam } from "@/lib/http/uuid-param";
import { syncConnectionNow } from "@/lib/sync/sync-connection";

export async function syncNowAction(connectionId: string): Promise<ActionResult<{ status: "succeeded" | "failed"; added: number; error: string | null }>> {
  return runAction(async () => {
    const user = await requireUser();
    const id = parseIdParam(connectionId, "Connection");
    const outcome = await syncConnectionNow(user.id, id);
    revalidatePath(`/connections/${id}`);
    return { status: outcome.status, added: outcome.added, error: outcome.error };
  });
}
