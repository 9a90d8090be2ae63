import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { WebhookDeliveryView } from "@/lib/webhooks/list-webhook-deliveries";
import { describeOutcome } from "./describe-outcome";

export function DeliveryList({ deliveries, locale, timeZone }: { deliveries: WebhookDeliveryView[]; locale: string; timeZone: string }) {
  return (
    <Card title="Recent deliveries">
      {deliveries.length === 0 ? (
        <EmptyState title="Nothing sent yet">Each alert and each test appears here with the receiver&apos;s answer.</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="webhook-deliveries">
            <thead>
              <tr className="text-slate-600 dark:text-slate-400">
                {["When", "Endpoint", "Event", "Result", "Time"].map((h) => <th key={h} scope="col" className="py-2 pr-3 font-medium">{h}</th>)}
              </tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => (
                <tr key={delivery.id} data-testid="webhook-delivery" className="border-t border-slate-200 align-top dark:border-slate-800">
                  <td className="py-2 pr-3 whitespace-nowrap">{new Date(delivery.createdAt).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short", timeZone })}</td>
                  <td className="py-2 pr-3 font-mono text-xs break-all">{delivery.url}</td>
                  <td className="py-2 pr-3"><code className="text-xs">{delivery.event}</code></td>
                  <td className={`py-2 pr-3 ${delivery.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}>{describeOutcome(delivery)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{delivery.durationMs} ms</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
