"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

export interface SimilarOffer {
  transactionId: string;
  merchant: string;
  count: number;
  categoryName: string;
  categoryKey: string;
}

async function readError(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? "Something went wrong; try again.";
}

/**
 * After a correction: offers to give the same category to the merchant's other transactions
 * (stating how many before anything changes) and to create a rule for future ones.
 */
export function SimilarPrompt({ offer, onChanged, onDismiss, onError }: { offer: SimilarOffer; onChanged: () => void; onDismiss: () => void; onError: (message: string) => void }) {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const plural = offer.count === 1 ? "transaction" : "transactions";

  async function applyToSimilar() {
    setBusy(true);
    const response = await fetch(`/api/transactions/${offer.transactionId}/category/similar`, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ expectedCount: offer.count }),
    });
    setBusy(false);
    if (!response.ok) return onError(await readError(response));
    const { changed } = (await response.json()) as { changed: number };
    setStatus(`Moved ${changed} ${changed === 1 ? "transaction" : "transactions"} to ${offer.categoryName}.`);
    onChanged();
  }

  async function createRule() {
    setBusy(true);
    const response = await fetch("/api/rules", {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({
        name: `${offer.merchant} → ${offer.categoryName}`,
        conditions: [{ type: "merchant", operator: "equals", value: offer.merchant }],
        actions: [{ type: "set_category", categoryKey: offer.categoryKey }],
      }),
    });
    setBusy(false);
    if (!response.ok) return onError(await readError(response));
    setStatus(`Rule created: future ${offer.merchant} transactions go to ${offer.categoryName}.`);
    onChanged();
  }

  return (
    <section aria-label="Apply to similar transactions" className="rounded-2xl border border-brand-200 bg-brand-50 p-4 text-sm dark:border-brand-900 dark:bg-slate-900">
      {status ? (
        <p role="status">{status}</p>
      ) : (
        <>
          <p className="font-medium">
            {offer.count > 0
              ? `Apply to ${offer.count} other ${offer.merchant} ${plural}?`
              : `No other ${offer.merchant} transactions need changing.`}
          </p>
          <p className="mt-1 text-slate-600 dark:text-slate-400">Transactions whose category you chose yourself are left alone.</p>
        </>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {offer.count > 0 && !status ? <Button disabled={busy} onClick={() => void applyToSimilar()}>Apply to {offer.count} {plural}</Button> : null}
        {status ? null : <Button variant="secondary" disabled={busy} onClick={() => void createRule()}>Create a rule for {offer.merchant}</Button>}
        <Button variant="ghost" onClick={onDismiss}>{status ? "Close" : "Dismiss"}</Button>
      </div>
    </section>
  );
}
