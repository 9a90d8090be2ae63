"use client";

import { useState } from "react";
import { deleteWebhookAction, sendTestWebhookAction } from "@/app/(app)/webhooks/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/form-error";
import type { WebhookEndpointView } from "@/lib/webhooks/webhook-endpoints";
import { describeOutcome } from "./describe-outcome";

export function WebhookList({ webhooks, locale }: { webhooks: WebhookEndpointView[]; locale: string }) {
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
    setMessage(`Test to ${webhook.url}: ${describeOutcome(result.data)}`);
  }

  async function remove(webhook: WebhookEndpointView) {
    setBusy(webhook.id);
    setError(null);
    setMessage(null);
    const result = await deleteWebhookAction(webhook.id);
    setBusy(null);
    setConfirming(null);
    if (!result.ok) return setError(result.error.message);
    setMessage(`Deleted the webhook to ${webhook.url}.`);
  }

  return (
    <Card title="Your webhooks">
      <div className="space-y-3">
        <FormError message={error} />
        {message ? <p role="status" data-testid="webhook-message" className="text-sm text-slate-700 dark:text-slate-200">{message}</p> : null}
        {webhooks.length === 0 ? (
          <EmptyState title="No webhooks yet">Add an endpoint above and Fathom will POST each budget alert to it, signed with its secret.</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="text-slate-600 dark:text-slate-400">
                  {["Endpoint", "Events", "Added", ""].map((h, i) => <th key={i} scope="col" className="py-2 pr-3 font-medium">{h || <span className="sr-only">Actions</span>}</th>)}
                </tr>
              </thead>
              <tbody>
                {webhooks.map((webhook) => (
                  <tr key={webhook.id} data-testid="webhook-row" className="border-t border-slate-200 align-top dark:border-slate-800">
                    <td className="py-2 pr-3 font-mono text-xs break-all">{webhook.url}</td>
                    <td className="py-2 pr-3">{webhook.events.join(", ")}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">{new Date(webhook.createdAt).toLocaleDateString(locale, { dateStyle: "medium" })}</td>
                    <td className="py-2">
                      <div className="flex flex-wrap justify-end gap-2">
                        <Button variant="secondary" disabled={busy === webhook.id} onClick={() => test(webhook)} aria-label={`Send test to ${webhook.url}`}>
                          {busy === webhook.id && confirming !== webhook.id ? "Sending…" : "Send test"}
                        </Button>
                        {confirming === webhook.id ? (
                          <>
                            <Button variant="primary" disabled={busy === webhook.id} onClick={() => remove(webhook)} aria-label={`Confirm delete of ${webhook.url}`}>Confirm delete</Button>
                            <Button variant="ghost" onClick={() => setConfirming(null)}>Cancel</Button>
                          </>
                        ) : (
                          <Button variant="ghost" onClick={() => setConfirming(webhook.id)} aria-label={`Delete ${webhook.url}`}>Delete</Button>
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
