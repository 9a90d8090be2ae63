import type { Metadata } from "next";
import { AnomalyList } from "@/components/anomalies/anomaly-list";
import { listAnomalies } from "@/lib/anomalies/list-anomalies";
import { requirePageUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Anomalies" };

export default async function AnomaliesPage() {
  const user = await requirePageUser();
  const anomalies = await listAnomalies(user.id, { status: "all" });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Anomalies</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Charges and patterns that look unusual against your own history. Mark one as normal and we stop flagging that merchant at that amount.
      </p>
      <AnomalyList anomalies={anomalies} locale={user.locale} />
    </div>
  );
}
