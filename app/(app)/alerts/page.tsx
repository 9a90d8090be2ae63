import type { Metadata } from "next";
import { AlertList } from "@/components/alerts/alert-list";
import { listAlerts } from "@/lib/alerts/list-alerts";
import { requirePageUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Alerts" };

export default async function AlertsPage() {
  const user = await requirePageUser();
  const alerts = await listAlerts(user.id, { limit: 200 });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Alerts</h1>
      <AlertList alerts={alerts} locale={user.locale} />
    </div>
  );
}
