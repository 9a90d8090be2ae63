import { Card } from "@/components/ui/card";
import type { SyncHealth } from "@/lib/admin/list-sync-health";
import { useTranslations } from "next-intl";

export function SyncHealthCard({ health }: { health: SyncHealth }) {
  const t = useTranslations("admin");
  const { totals } = health;
  return (
    <Card title={t("syncHealth")}>
      <p className="mb-3 text-sm">
        {t("totals", { connections: totals.connections, active: totals.active, attention: totals.needsAttention, failed: totals.failedRunsLast24h })}
      </p>
      {health.connections.length === 0 ? null : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="text-slate-600 dark:text-slate-400">
              {[t("bank"), t("status"), t("lastSync"), t("lastRun"), t("error")].map((h) => <th key={h} scope="col" className="py-2 font-medium">{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {health.connections.map((c) => (
              <tr key={c.id} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-2">{c.institutionName}</td>
                <td className="py-2">{c.status}</td>
                <td className="py-2">{c.lastSyncAt ? new Date(c.lastSyncAt).toISOString().replace("T", " ").slice(0, 16) : t("never")}</td>
                <td className="py-2">{c.lastRun ? `${c.lastRun.status}${c.lastRun.durationMs !== null ? ` ${t("inMs", { ms: c.lastRun.durationMs })}` : ""}` : "—"}</td>
                <td className="py-2">{c.lastError ?? c.lastRun?.error ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
