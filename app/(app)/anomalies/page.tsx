import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnomalyList } from "@/components/anomalies/anomaly-list";
import { listAnomalies } from "@/lib/anomalies/list-anomalies";
import { requirePageUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("anomalies"))("title") };
}

export default async function AnomaliesPage() {
  const t = await getTranslations("anomalies");
  const user = await requirePageUser();
  const anomalies = await listAnomalies(user.id, { status: "all" });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t("intro")}
      </p>
      <AnomalyList anomalies={anomalies} locale={user.locale} />
    </div>
  );
}
