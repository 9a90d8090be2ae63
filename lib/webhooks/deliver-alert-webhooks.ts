import type { BudgetAlert } from "@/lib/alerts/budget-alert";
import { ALERT_CREATED_EVENT } from "@/lib/alerts/budget-alert";
import { prisma } from "@/lib/db";
import { logError } from "@/lib/log";
import { deliverWebhook, type DeliveryOptions, type WebhookOutcome } from "./deliver-webhook";

export type { DeliveryOptions } from "./deliver-webhook";

export interface DeliveryResult extends WebhookOutcome {
  alertId: string;
}

/**
 * POSTs each alert to its user's enabled webhook endpoints that subscribed to alert.created, signed,
 * retrying with exponential backoff. Runs after commit and is never awaited by a sync or import
 * (publishAlerts fires it and moves on); it never throws. Delivery is at least once: receivers
 * dedupe on the alert id.
 */
export async function deliverAlertWebhooks(alerts: readonly BudgetAlert[], options: DeliveryOptions = {}): Promise<DeliveryResult[]> {
  const userIds = [...new Set(alerts.map((alert) => alert.userId))];
  if (userIds.length === 0) return [];
  let endpoints;
  try {
    endpoints = await prisma().webhookEndpoint.findMany({ where: { userId: { in: userIds }, enabled: true, disabledAt: null, events: { has: ALERT_CREATED_EVENT } } });
  } catch (error) {
    logError("webhook endpoints could not be loaded", error);
    return [];
  }
  const jobs = alerts.flatMap((alert) => endpoints.filter((endpoint) => endpoint.userId === alert.userId).map((endpoint) => ({ alert, endpoint })));
  return Promise.all(
    jobs.map(async ({ alert, endpoint }): Promise<DeliveryResult> => {
      const body = JSON.stringify({ type: ALERT_CREATED_EVENT, alert });
      const outcome = await deliverWebhook(endpoint, { type: ALERT_CREATED_EVENT, subjectId: alert.id, body }, options);
      return { ...outcome, alertId: alert.id };
    }),
  );
}
