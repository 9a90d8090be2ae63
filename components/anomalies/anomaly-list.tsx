"use client";

import { useState, useTransition } from "react";
import { anomalyFeedbackAction } from "@/app/(app)/anomalies/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import type { AnomalyView } from "@/lib/anomalies/list-anomalies";
import { formatDate } from "@/lib/i18n/format-date";
import { formatMoney } from "@/lib/money";
import { useTranslations } from "next-intl";
import { useExplain } from "@/components/i18n/use-explain";

export function AnomalyList({ anomalies, locale }: { anomalies: AnomalyView[]; locale: string }) {
  const t = useTranslations("anomalies");
  if (anomalies.length === 0) {
    return (
      <Card>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("empty")}</p>
      </Card>
    );
  }
  return (
    <ul className="space-y-3" aria-label={t("title")}>
      {anomalies.map((anomaly) => (
        <AnomalyItem key={anomaly.id} anomaly={anomaly} locale={locale} />
      ))}
    </ul>
  );
}

function AnomalyItem({ anomaly, locale }: { anomaly: AnomalyView; locale: string }) {
  const t = useTranslations("anomalies");
  const explainText = useExplain();
  const kindLabel = explainText({ key: `anomalyKind.${anomaly.kind}` }, anomaly.kindLabel);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const send = (verdict: "normal" | "problem") =>
    startTransition(async () => {
      setError(null);
      const result = await anomalyFeedbackAction(anomaly.id, verdict);
      if (!result.ok) setError(result.error.message);
    });
  const tx = anomaly.transaction;
  return (
    <li aria-label={kindLabel} className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <p className="text-xs font-semibold uppercase tracking-wide text-amber-700 dark:text-amber-400">{kindLabel}</p>
          <p className="text-sm text-slate-900 dark:text-slate-100">{explainText(anomaly.explanationMessage, anomaly.explanation)}</p>
          {tx ? (
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {formatDate(tx.date, locale)} · {tx.merchantName ?? tx.description} · {formatMoney({ amount: tx.amount, currency: tx.currency }, locale)}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-200" data-testid="anomaly-status">
            {t(`status.${anomaly.status}`)}
          </span>
          {anomaly.status !== "normal" ? (
            <Button variant="secondary" disabled={pending} onClick={() => send("normal")}>
              {t("isNormal")}
            </Button>
          ) : null}
          {anomaly.status !== "problem" ? (
            <Button variant="ghost" disabled={pending} onClick={() => send("problem")}>
              {t("isProblem")}
            </Button>
          ) : null}
        </div>
      </div>
      <div className="mt-2">
        <FormError message={error} />
      </div>
    </li>
  );
}
