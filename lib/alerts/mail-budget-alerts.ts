import type { BudgetAlert } from "@/lib/alerts/budget-alert";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { logError } from "@/lib/log";
import { sendMail } from "@/lib/mail/send-mail";
import { readNotificationPrefs } from "@/lib/settings/settings-input";

/** Plain text, like every Fathom mail: the alert's own words and a link to the budget. */
export function budgetAlertMail(input: { name: string; alert: Pick<BudgetAlert, "title" | "message" | "budgetId"> }): { subject: string; text: string } {
  const link = new URL(`/budgets/${input.alert.budgetId}`, env().APP_URL).toString();
  return {
    subject: input.alert.title,
    text: [`Hello ${input.name},`, "", input.alert.message, "", `See the budget: ${link}`, "", "You get these e-mails because “Also send alerts by e-mail” is on in your Fathom settings."].join("\n"),
  };
}

/**
 * E-mails each alert to its user when they asked for alert e-mail (notificationPrefs.email). The
 * alerts passed here were raised with budget alerts on (evaluateBudgetAlerts returns none otherwise).
 * After commit, never awaited by writers, never throws.
 */
export async function mailBudgetAlerts(alerts: readonly BudgetAlert[]): Promise<number> {
  const userIds = [...new Set(alerts.map((alert) => alert.userId))];
  if (userIds.length === 0) return 0;
  let sent = 0;
  try {
    const users = await prisma().user.findMany({ where: { id: { in: userIds }, disabledAt: null }, select: { id: true, email: true, name: true, notificationPrefs: true } });
    for (const user of users) {
      const prefs = readNotificationPrefs(user.notificationPrefs);
      if (!prefs.email || !prefs.budgetAlerts) continue;
      for (const alert of alerts.filter((a) => a.userId === user.id)) {
        await sendMail({ to: user.email, ...budgetAlertMail({ name: user.name, alert }) });
        sent += 1;
      }
    }
  } catch (error) {
    logError("budget alert e-mail failed", error, { users: userIds.length });
  }
  return sent;
}
