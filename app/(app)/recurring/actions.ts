"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { parseIdParam } from "@/lib/http/uuid-param";
import { updateRecurringStream } from "@/lib/recurring/update-recurring-stream";

export async function updateRecurringStreamAction(
  streamId: string,
  change: { decision?: "auto" | "confirmed" | "dismissed"; name?: string },
): Promise<ActionResult<{ id: string; name: string; decision: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const stream = await updateRecurringStream(user.id, parseIdParam(streamId, "Recurring stream"), change, { actor: `user:${user.id}` });
    revalidatePath("/recurring");
    return stream;
  });
}
