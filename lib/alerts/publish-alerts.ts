import type { BudgetAlert } from "@/lib/alerts/budget-alert";
import { defaultEventBus } from "@/lib/redis/event-bus";
import { ALERT_CREATED_EVENT } from "@/lib/alerts/budget-alert";
import { logError } from "@/lib/log";
import { mailBudgetAlerts } from "@/lib/alerts/mail-budget-alerts";
import { publishUserEvent, type EventBus } from "@/lib/redis/event-bus";
import { deliverAlertWebhooks } from "@/lib/webhooks/deliver-alert-webhooks";

export interface PublishAlertsOptions {
  bus?: EventBus;
  /** Outgoing webhooks and alert e-mail; off only in tests and benchmarks that measure the stream alone. */
  webhooks?: boolean;
}

/**
 * Fans newly committed alerts out to the user's open browser sessions and queues their webhooks.
 * Call it AFTER the transaction that created the alerts has committed: a listener told earlier
 * could read the alert centre before the row is visible. Never throws; the alerts are already
 * stored, so a failed publish only means the tab sees them on its next load or reconnect.
 */
export async function publishAlerts(alerts: readonly BudgetAlert[], options: PublishAlertsOptions = {}): Promise<void> {
  if (alerts.length === 0) return;
  // Webhooks retry for seconds; they run on their own and are never awaited here.
  if (options.webhooks !== false) {
    void deliverAlertWebhooks(alerts);
    void mailBudgetAlerts(alerts);
  }
  await Promise.all(
    alerts.map(async (alert) => {
      try {
        await publishUserEvent(
          alert.userId,
          {
            type: ALERT_CREATED_EVENT,
            data: {
              id: alert.id,
              kind: alert.kind,
              budgetId: alert.budgetId,
              threshold: alert.threshold,
              periodStart: alert.periodStart,
              title: alert.title,
              message: alert.message,
              titleMessage: alert.titleMessage ?? null,
              messageMessage: alert.messageMessage ?? null,
              createdAt: alert.createdAt,
            },
          },
          options.bus ?? defaultEventBus(),
        );
      } catch (error) {
        logError("alert publish failed", error, { userId: alert.userId, alertId: alert.id });
      }
    }),
  );
}
