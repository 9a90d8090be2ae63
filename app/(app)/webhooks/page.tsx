import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { CreateWebhookForm } from "@/components/webhooks/create-webhook-form";
import { DeliveryList } from "@/components/webhooks/delivery-list";
import { WebhookList } from "@/components/webhooks/webhook-list";
import { requirePageUser } from "@/lib/auth/current-user";
import { getSettings } from "@/lib/settings/get-settings";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { SIGNATURE_HEADER, SIGNATURE_TOLERANCE_SECONDS, TIMESTAMP_HEADER } from "@/lib/webhooks/sign-webhook";
import { listWebhookEndpoints, MAX_ENDPOINTS_PER_USER } from "@/lib/webhooks/webhook-endpoints";
import { ALERT_CREATED_EVENT } from "@/lib/alerts/budget-alert";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/webhook-events";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks"))("title") };
}

export default async function WebhooksPage() {
  const t = await getTranslations("webhooks");
  const user = await requirePageUser();
  const [webhooks, deliveries, settings] = await Promise.all([listWebhookEndpoints(user.id), listWebhookDeliveries(user.id), getSettings(user.id)]);
  const events = WEBHOOK_EVENTS.map((event) => (event.type === ALERT_CREATED_EVENT ? { ...event, label: t("budgetAlertsLabel"), description: t("budgetAlertsDescription") } : event));
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description", { max: MAX_ENDPOINTS_PER_USER })} />
      <CreateWebhookForm events={events} />
      <WebhookList webhooks={webhooks} locale={settings.locale} />
      <DeliveryList deliveries={deliveries} locale={settings.locale} timeZone={settings.timeZone} />
      <Card title={t("checkingSignature")}>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {t.rich("signatureHelp", {
            timestamp: () => <code>{TIMESTAMP_HEADER}</code>,
            signature: () => <code>{SIGNATURE_HEADER}</code>,
            version: () => <code>v1=</code>,
            payload: () => <code>&lt;timestamp&gt;.&lt;raw body&gt;</code>,
            minutes: SIGNATURE_TOLERANCE_SECONDS / 60,
          })}
        </p>
      </Card>
    </div>
  );
}
