"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { loadDemoData } from "@/lib/demo/load-demo-data";
import { runAction } from "@/lib/http/action-result";

export async function loadDemoDataAction() {
  return runAction(async () => {
    const user = await requireUser();
    const result = await loadDemoData(user.id);
    // Every page reads the new accounts, and the header's alert count may have changed.
    revalidatePath("/", "layout");
    return result;
  });
}
