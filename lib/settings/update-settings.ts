import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { SETTINGS_SELECT, toSettings, type UserSettings } from "./get-settings";
import { UpdateSettingsInput } from "./settings-input";

/** Validates and saves the given settings (any subset), audited with before and after. */
export async function updateSettings(userId: string, input: unknown, context: { requestId?: string } = {}): Promise<UserSettings> {
  const changes = UpdateSettingsInput.parse(input);
  return prisma().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: SETTINGS_SELECT });
    if (!before) throw notFound("User");
    const after = await tx.user.update({ where: { id: userId }, data: changes, select: SETTINGS_SELECT });
    const beforeSettings = toSettings(before);
    const afterSettings = toSettings(after);
    const { email: _beforeEmail, ...auditBefore } = beforeSettings;
    const { email: _afterEmail, ...auditAfter } = afterSettings;
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "settings.update", entityType: "User", entityId: userId, before: auditBefore, after: auditAfter, requestId: context.requestId });
    return afterSettings;
  });
}
