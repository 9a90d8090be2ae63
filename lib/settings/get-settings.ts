import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { readNotificationPrefs, type NotificationPrefs } from "./settings-input";

export interface UserSettings {
  name: string;
  email: string;
  homeCurrency: string;
  theme: "light" | "dark" | "system";
  locale: string;
  timeZone: string;
  notificationPrefs: NotificationPrefs;
}

export const SETTINGS_SELECT = { name: true, email: true, homeCurrency: true, theme: true, locale: true, timeZone: true, notificationPrefs: true } as const;

export function toSettings(row: { name: string; email: string; homeCurrency: string; theme: UserSettings["theme"]; locale: string; timeZone: string; notificationPrefs: unknown }): UserSettings {
  return { ...row, notificationPrefs: readNotificationPrefs(row.notificationPrefs) };
}

export async function getSettings(userId: string): Promise<UserSettings> {
  const row = await prisma().user.findUnique({ where: { id: userId }, select: SETTINGS_SELECT });
  if (!row) throw notFound("User");
  return toSettings(row);
}
