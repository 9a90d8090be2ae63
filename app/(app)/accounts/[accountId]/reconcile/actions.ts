"use server";

import { requireUser } from "@/lib/auth/current-user";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { reconcileAccount, type ReconciliationView } from "@/lib/reconcile/reconcile-account";

export async function reconcileAccountAction(accountId: string, input: { statementDate: string; statementBalance: string }): Promise<ActionResult<ReconciliationView>> {
  return runAction(async () => reconcileAccount((await requireUser()).id, accountId, input));
}
