import type { Metadata } from "next";
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
import { WEBHOOK_EVENTS } from "@/lib/webhooks/webhook-events";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const user = await requirePageUser();
  const [webhooks, deliveries, settings] = await Promise.all([listWebhookEndpoints(user.id), listWebhookDeliveries(user.id), getSettings(user.id)]);
  return (
    <div className="space-y-6">
      <PageHeader title="Webhooks" description={`Fathom POSTs your budget alerts as JSON to up to ${MAX_ENDPOINTS_PER_USER} endpoints of yours, retrying with backoff when they fail.`} />
      <CreateWebhookForm events={WEBHOOK_EVENTS} />
      <WebhookList webhooks={webhooks} locale={settings.locale} />
      <DeliveryList deliveries={deliveries} locale={settings.locale} timeZone={settings.timeZone} />
      <Card title="Checking the signature">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Each request carries <code>{TIMESTAMP_HEADER}</code> (Unix seconds) and <code>{SIGNATURE_HEADER}</code>: <code>v1=</code> followed by the hex
          HMAC-SHA256 of <code>&lt;timestamp&gt;.&lt;raw body&gt;</code> keyed with the endpoint&apos;s secret. Compare in constant time, refuse timestamps more
          than {SIGNATURE_TOLERANCE_SECONDS / 60} minutes from your clock, and ignore an alert id you have already seen (delivery is at least once).
        </p>
      </Card>
    </div>
  );
}
