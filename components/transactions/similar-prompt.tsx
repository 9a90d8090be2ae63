"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";

export interface SimilarOffer {
  transactionId: string;
  merchant: string;
  count: number;
  categoryName: string;
  categoryKey: string;
}

async function readError(response: Response, fallback: string): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? fallback;
}

/**
 * After a correction: offers to give the same category to the merchant's other transactions
 * (stating how many before anything changes) and to create a rule for future ones.
 */
export function SimilarPrompt({ offer, onChanged, onDismiss, onError }: { offer: SimilarOffer; onChanged: () => void; onDismiss: () => void; onError: (message: string) => void }) {
  const t = useTranslations("similar");
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function applyToSimilar() {
    setBusy(true);
    const response = await fetch(`/api/transactions/${offer.transactionId}/category/similar`, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ expectedCount: offer.count }),
    });
    setBusy(false);
    if (!response.ok) return onError(await readError(response, t("genericError")));
    const { changed } = (await response.json()) as { changed: number };
    setStatus(t("moved", { count: changed, category: offer.categoryName }));
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
    if (!response.ok) return onError(await readError(response, t("genericError")));
    setStatus(t("ruleCreated", { merchant: offer.merchant, category: offer.categoryName }));
    onChanged();
  }

  return (
    <section aria-label={t("label")} className="rounded-2xl border border-brand-200 bg-brand-50 p-4 text-sm dark:border-brand-900 dark:bg-slate-900">
      {status ? (
        <p role="status">{status}</p>
      ) : (
        <>
          <p className="font-medium">
            {offer.count > 0 ? t("question", { count: offer.count, merchant: offer.merchant }) : t("noOthers", { merchant: offer.merchant })}
          </p>
          <p className="mt-1 text-slate-600 dark:text-slate-400">{t("leftAlone")}</p>
        </>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {offer.count > 0 && !status ? <Button disabled={busy} onClick={() => void applyToSimilar()}>{t("apply", { count: offer.count })}</Button> : null}
        {status ? null : <Button variant="secondary" disabled={busy} onClick={() => void createRule()}>{t("createRule", { merchant: offer.merchant })}</Button>}
        <Button variant="ghost" onClick={onDismiss}>{status ? t("close") : t("dismiss")}</Button>
      </div>
    </section>
  );
}
