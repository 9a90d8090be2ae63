"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { parseIdParam } from "@/lib/http/uuid-param";
import { undoMerge } from "@/lib/sync/apply-merge";
import { resolveReviewItem } from "@/lib/sync/review-decision";

/** "Merge" or "Keep both" on a review item; the decision is validated by the lib (422 naming it). */
export async function resolveReviewAction(mergeId: string, decision: string): Promise<ActionResult<{ status: "merged" | "rejected" }>> {
  return runAction(async () => {
    const user = await requireUser();
    const result = await resolveReviewItem(user.id, parseIdParam(mergeId, "Review item"), { decision });
    revalidatePath("/review");
    return result;
  });
}

/** Shows a merged row again (automatic merges and accepted review items alike). */
export async function undoMergeAction(mergeId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requireUser();
    await undoMerge(user.id, parseIdParam(mergeId, "Merge"));
    revalidatePath("/review");
    return null;
  });
}
