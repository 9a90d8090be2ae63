import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { WebhookDeliveryView } from "@/lib/webhooks/list-webhook-deliveries";
import { formatDateTime } from "@/lib/i18n/format-date";
import { describeOutcome } from "./describe-outcome";

export function DeliveryList({ deliveries, locale, timeZone }: { deliveries: WebhookDeliveryView[]; locale: string; timeZone: string }) {
  const t = useTranslations("webhooks");
  return (
    <Card title={t("recentDeliveries")}>
      {deliveries.length === 0 ? (
        <EmptyState title={t("nothingSent")}>{t("nothingSentHint")}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="webhook-deliveries">
            <thead>
              <tr className="text-slate-600 dark:text-slate-400">
                {[t("col.when"), t("col.endpoint"), t("col.event"), t("col.result"), t("col.time")].map((h) => <th key={h} scope="col" className="py-2 pr-3 font-medium">{h}</th>)}
              </tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => (
                <tr key={delivery.id} data-testid="webhook-delivery" className="border-t border-slate-200 align-top dark:border-slate-800">
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(delivery.createdAt, locale, timeZone)}</td>
                  <td className="py-2 pr-3 font-mono text-xs break-all">{delivery.url}</td>
                  <td className="py-2 pr-3"><code className="text-xs">{delivery.event}</code></td>
                  <td className={`py-2 pr-3 ${delivery.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}>{describeOutcome(delivery, t)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{t("durationMs", { ms: delivery.durationMs })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
