import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AlertList } from "@/components/alerts/alert-list";
import { listAlerts } from "@/lib/alerts/list-alerts";
import { requirePageUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("alerts"))("title") };
}

export default async function AlertsPage() {
  const t = await getTranslations("alerts");
  const user = await requirePageUser();
  const alerts = await listAlerts(user.id, { limit: 200 });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <Link href="/webhooks" className="text-sm font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100">
          {t("sendToWebhook")}
        </Link>
      </div>
      <AlertList alerts={alerts} locale={user.locale} />
    </div>
  );
}
