"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import type { UserSettings } from "@/lib/settings/get-settings";
import { parseSettingsForm } from "@/lib/settings/parse-settings-form";
import { updateSettings } from "@/lib/settings/update-settings";

export async function saveSettingsAction(_previous: ActionResult<UserSettings> | null, form: FormData): Promise<ActionResult<UserSettings>> {
  const result = await runAction(async () => {
    const user = await requireUser();
    return updateSettings(user.id, parseSettingsForm(form));
  });
  // Theme, locale and currency show on every page, starting with the root layout.
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
