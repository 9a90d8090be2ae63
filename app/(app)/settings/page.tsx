import type { Metadata } from "next";
import { SettingsForm } from "@/components/settings/settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { getSettings } from "@/lib/settings/get-settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser();
  const settings = await getSettings(user.id);
  const zones = Intl.supportedValuesOf("timeZone");
  const timeZones = zones.includes(settings.timeZone) ? zones : [settings.timeZone, ...zones];
  return (
    <div className="space-y-6">
      <PageHeader title="Settings" />
      <Card>
        <SettingsForm settings={settings} timeZones={timeZones} />
      </Card>
    </div>
  );
}
