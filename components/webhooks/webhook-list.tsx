"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { deleteWebhookAction, sendTestWebhookAction } from "@/app/(app)/webhooks/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/form-error";
import type { WebhookEndpointView } from "@/lib/webhooks/webhook-endpoints";
import { formatDate } from "@/lib/i18n/format-date";
import { describeOutcome } from "./describe-outcome";

export function WebhookList({ webhooks, locale }: { webhooks: WebhookEndpointView[]; locale: string }) {
  const t = useTranslations("webhooks");
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function test(webhook: WebhookEndpointView) {
    setBusy(webhook.id);
    setError(null);
    setMessage(null);
    const result = await sendTestWebhookAction(webhook.id);
    setBusy(null);
    if (!result.ok) return setError(result.error.message);
    setMessage(t("testResult", { url: webhook.url, outcome: describeOutcome(result.data, t) }));
  }

  async function remove(webhook: WebhookEndpointView) {
    setBusy(webhook.id);
    setError(null);
    setMessage(null);
    const result = await deleteWebhookAction(webhook.id);
    setBusy(null);
    setConfirming(null);
    if (!result.ok) return setError(result.error.message);
    setMessage(t("deleted", { url: webhook.url }));
  }

  return (
    <Card title={t("yourWebhooks")}>
      <div className="space-y-3">
        <FormError message={error} />
        {message ? <p role="status" data-testid="webhook-message" className="text-sm text-slate-700 dark:text-slate-200">{message}</p> : null}
        {webhooks.length === 0 ? (
          <EmptyState title={t("noWebhooks")}>{t("noWebhooksHint")}</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="text-slate-600 dark:text-slate-400">
                  {[t("col.endpoint"), t("col.events"), t("col.added"), ""].map((h, i) => <th key={i} scope="col" className="py-2 pr-3 font-medium">{h || <span className="sr-only">{t("col.actions")}</span>}</th>)}
                </tr>
              </thead>
              <tbody>
                {webhooks.map((webhook) => (
                  <tr key={webhook.id} data-testid="webhook-row" className="border-t border-slate-200 align-top dark:border-slate-800">
                    <td className="py-2 pr-3 font-mono text-xs break-all">{webhook.url}</td>
                    <td className="py-2 pr-3">{webhook.events.join(", ")}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">{formatDate(webhook.createdAt, locale)}</td>
                    <td className="py-2">
                      <div className="flex flex-wrap justify-end gap-2">
                        <Button variant="secondary" disabled={busy === webhook.id} onClick={() => test(webhook)} aria-label={t("sendTestTo", { url: webhook.url })}>
                          {busy === webhook.id && confirming !== webhook.id ? t("sending") : t("sendTest")}
                        </Button>
                        {confirming === webhook.id ? (
                          <>
                            <Button variant="primary" disabled={busy === webhook.id} onClick={() => remove(webhook)} aria-label={t("confirmDeleteOf", { url: webhook.url })}>{t("confirmDelete")}</Button>
                            <Button variant="ghost" onClick={() => setConfirming(null)}>{t("cancel")}</Button>
                          </>
                        ) : (
                          <Button variant="ghost" onClick={() => setConfirming(webhook.id)} aria-label={t("deleteUrl", { url: webhook.url })}>{t("delete")}</Button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </Card>
  );
}
