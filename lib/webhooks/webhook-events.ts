import { ALERT_CREATED_EVENT } from "@/lib/alerts/budget-alert";

/** Events a receiver can subscribe to; the type is the body's `type` field. */
export const WEBHOOK_EVENTS = [
  { type: ALERT_CREATED_EVENT, label: "Budget alerts", description: "a budget crosses one of its thresholds (80%, 100% or your own)" },
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]["type"];

export const WEBHOOK_EVENT_TYPES = WEBHOOK_EVENTS.map((event) => event.type) as [WebhookEventType, ...WebhookEventType[]];

/** Sent by "Send test" whatever the subscription, so a receiver can be checked before any alert fires. */
export const TEST_EVENT = "webhook.test";
