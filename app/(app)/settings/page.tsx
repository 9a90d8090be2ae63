import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/settings/settings-form";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { getSettings } from "@/lib/settings/get-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const user = await requirePageUser();
  const settings = await getSettings(user.id);
  const t = await getTranslations("settings");
  const zones = Intl.supportedValuesOf("timeZone");
  const timeZones = zones.includes(settings.timeZone) ? zones : [settings.timeZone, ...zones];
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} />
      <Card>
        <SettingsForm settings={settings} timeZones={timeZones} />
      </Card>
      <Card title="Webhooks">
        <p className="text-sm text-slate-600 dark:text-slate-400">Send budget alerts to your own service as signed HTTP requests.</p>
        <LinkButton href="/webhooks" className="mt-3">Manage webhooks</LinkButton>
      </Card>
    </div>
  );
}
