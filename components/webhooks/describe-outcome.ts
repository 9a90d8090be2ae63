import type { useTranslations } from "next-intl";

/** The `webhooks` translator, passed in so this stays a plain function for server and client callers. */
export type WebhookText = ReturnType<typeof useTranslations<"webhooks">>;

/** One delivery's result in words: "delivered (HTTP 200)", "failed: HTTP 503 after 4 attempts", "failed: the connection was refused". */
export function describeOutcome(outcome: { ok: boolean; status: number | null; attempts: number; error: string | null }, t: WebhookText): string {
  const tries = outcome.attempts > 1 ? t("outcome.afterAttempts", { count: outcome.attempts }) : "";
  // Status codes as text: a number argument would be grouped by locale.
  if (outcome.ok) return t("outcome.delivered", { status: String(outcome.status) }) + tries;
  if (outcome.status !== null) return t("outcome.failedHttp", { status: String(outcome.status) }) + tries;
  return t("outcome.failed", { error: outcome.error ?? t("outcome.noAnswer") }) + tries;
}
