import { decryptSecret } from "@/lib/crypto/token-cipher";
import { prisma } from "@/lib/db";
import { logError, logWarn } from "@/lib/log";
import { postWebhook } from "./post-webhook";
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from "./sign-webhook";
import { webhookSecretAad } from "./webhook-endpoints";
import { BlockedTargetError, type ResolveHost } from "./webhook-target";

export interface DeliveryOptions {
  attempts?: number;
  /** First retry waits this long, then doubling: 1 s, 2 s, 4 s … by default. */
  baseDelayMs?: number;
  timeoutMs?: number;
  /** DNS for the delivery; tests pass one that answers like a rebinding attacker's server. */
  resolve?: ResolveHost;
}

export interface EndpointRow {
  id: string;
  userId: string;
  url: string;
  secretEnc: string;
  keyId: string;
}

export interface WebhookOutcome {
  endpointId: string;
  ok: boolean;
  attempts: number;
  status: number | null;
  /** Why there was no usable answer, in words safe to show the user; null when the receiver answered. */
  error: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** 408, 429 and 5xx are worth retrying; other 4xx mean the receiver refuses this delivery. */
function retryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** A network failure in words; never the raw error, which can name internal hosts. */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof BlockedTargetError) return `refused: ${error.message}`;
  const code = (error as { code?: string; name?: string } | null)?.code ?? (error as { name?: string } | null)?.name;
  if (code === "ABORT_ERR" || code === "TimeoutError" || code === "AbortError" || code === "ETIMEDOUT") return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "the host could not be found";
  if (code === "ECONNREFUSED") return "the connection was refused";
  if (code === "ECONNRESET") return "the connection was reset";
  return "no answer (network error)";
}

/**
 * POSTs one event to one endpoint, signed, retrying with exponential backoff, then records the
 * outcome as a WebhookDelivery row for the webhooks page. Never throws. A private target is
 * refused before any byte is sent and is not retried.
 */
export async function deliverWebhook(
  endpoint: EndpointRow,
  event: { type: string; subjectId: string | null; body: string },
  options: DeliveryOptions = {},
): Promise<WebhookOutcome> {
  const attempts = options.attempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 1_000;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const started = Date.now();
  let outcome: WebhookOutcome = { endpointId: endpoint.id, ok: false, attempts: 0, status: null, error: null };
  let secret: string | null = null;
  try {
    secret = decryptSecret({ ciphertext: endpoint.secretEnc, keyId: endpoint.keyId }, webhookSecretAad(endpoint.id));
  } catch (error) {
    logError("webhook secret could not be decrypted", error, { endpointId: endpoint.id });
    outcome = { ...outcome, error: "the signing secret could not be read; delete this webhook and add it again" };
  }
  for (let attempt = 1; secret !== null && attempt <= attempts; attempt += 1) {
    // A fresh timestamp per attempt: receivers check it against their clock to refuse replays.
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = { "content-type": "application/json", [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: signWebhook(secret, timestamp, event.body) };
    try {
      const status = await postWebhook(endpoint.url, headers, event.body, { timeoutMs, resolve: options.resolve });
      outcome = { ...outcome, attempts: attempt, status, error: null, ok: status >= 200 && status < 300 };
      if (outcome.ok || !retryable(status)) break;
    } catch (error) {
      outcome = { ...outcome, attempts: attempt, status: null, error: describeFailure(error, timeoutMs) };
      if (error instanceof BlockedTargetError) break;
    }
    if (attempt < attempts) await sleep(baseDelayMs * 2 ** (attempt - 1));
  }
  if (!outcome.ok) logWarn("webhook delivery gave up", { endpointId: endpoint.id, event: event.type, status: outcome.status, error: outcome.error });
  try {
    await prisma().webhookDelivery.create({
      data: {
        userId: endpoint.userId, endpointId: endpoint.id, event: event.type, subjectId: event.subjectId,
        ok: outcome.ok, status: outcome.status, attempts: outcome.attempts, error: outcome.error, durationMs: Date.now() - started,
      },
    });
  } catch (error) {
    // The endpoint may have been deleted while we were retrying (the row's foreign key then fails).
    logWarn("webhook delivery could not be recorded", { endpointId: endpoint.id, message: error instanceof Error ? error.message : String(error) });
  }
  return outcome;
}
