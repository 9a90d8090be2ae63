import type { BudgetAlert } from "@/lib/alerts/budget-alert";
import { ALERT_CREATED_EVENT } from "@/lib/alerts/budget-alert";
import { decryptSecret } from "@/lib/crypto/token-cipher";
import { prisma } from "@/lib/db";
import { logError, logWarn } from "@/lib/log";
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from "./sign-webhook";
import { webhookSecretAad } from "./webhook-endpoints";

export interface DeliveryOptions {
  attempts?: number;
  /** First retry waits this long, then doubling: 1 s, 2 s, 4 s … by default. */
  baseDelayMs?: number;
  timeoutMs?: number;
}

export interface DeliveryResult {
  endpointId: string;
  alertId: string;
  ok: boolean;
  attempts: number;
  status: number | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** 408, 429 and 5xx are worth retrying; other 4xx mean the receiver refuses this delivery. */
function retryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

async function deliverOnce(url: string, secret: string, body: string, timeoutMs: number): Promise<number> {
  // A fresh timestamp per attempt: receivers check it against their clock to refuse replays.
  const timestamp = Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body) },
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.body?.cancel();
  return response.status;
}

/**
 * POSTs each alert to its user's enabled webhook endpoints, signed, retrying with exponential
 * backoff. Runs after commit and is never awaited by a sync or import (publishAlerts fires it and
 * moves on); it never throws. Delivery is at least once: receivers dedupe on the alert id.
 */
export async function deliverAlertWebhooks(alerts: readonly BudgetAlert[], options: DeliveryOptions = {}): Promise<DeliveryResult[]> {
  const attempts = options.attempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 1_000;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const userIds = [...new Set(alerts.map((alert) => alert.userId))];
  if (userIds.length === 0) return [];
  let endpoints;
  try {
    endpoints = await prisma().webhookEndpoint.findMany({ where: { userId: { in: userIds }, enabled: true, disabledAt: null } });
  } catch (error) {
    logError("webhook endpoints could not be loaded", error);
    return [];
  }
  const jobs = alerts.flatMap((alert) => endpoints.filter((endpoint) => endpoint.userId === alert.userId).map((endpoint) => ({ alert, endpoint })));
  return Promise.all(
    jobs.map(async ({ alert, endpoint }): Promise<DeliveryResult> => {
      let secret: string;
      try {
        secret = decryptSecret({ ciphertext: endpoint.secretEnc, keyId: endpoint.keyId }, webhookSecretAad(endpoint.id));
      } catch (error) {
        logError("webhook secret could not be decrypted", error, { endpointId: endpoint.id });
        return { endpointId: endpoint.id, alertId: alert.id, ok: false, attempts: 0, status: null };
      }
      const body = JSON.stringify({ type: ALERT_CREATED_EVENT, alert });
      let status: number | null = null;
      let made = 0;
      for (let attempt = 1; attempt <= attempts; attempt += 1) {
        made = attempt;
        try {
          status = await deliverOnce(endpoint.url, secret, body, timeoutMs);
          if (status >= 200 && status < 300) return { endpointId: endpoint.id, alertId: alert.id, ok: true, attempts: attempt, status };
          if (!retryable(status)) break;
        } catch {
          status = null;
        }
        if (attempt < attempts) await sleep(baseDelayMs * 2 ** (attempt - 1));
      }
      logWarn("webhook delivery gave up", { endpointId: endpoint.id, alertId: alert.id, status });
      return { endpointId: endpoint.id, alertId: alert.id, ok: false, attempts: made, status };
    }),
  );
}
