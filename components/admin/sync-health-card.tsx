import { Card } from "@/components/ui/card";
import type { SyncHealth } from "@/lib/admin/list-sync-health";

export function SyncHealthCard({ health }: { health: SyncHealth }) {
  const { totals } = health;
  return (
    <Card title="Sync health">
      <p className="mb-3 text-sm">
        {totals.connections} connections · {totals.active} active · {totals.needsAttention} need attention · {totals.failedRunsLast24h} failed runs in the last 24 h
      </p>
      {health.connections.length === 0 ? null : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="text-slate-600 dark:text-slate-400">
              {["Bank", "Status", "Last sync", "Last run", "Error"].map((h) => <th key={h} scope="col" className="py-2 font-medium">{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {health.connections.map((c) => (
              <tr key={c.id} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-2">{c.institutionName}</td>
                <td className="py-2">{c.status}</td>
                <td className="py-2">{c.lastSyncAt ? new Date(c.lastSyncAt).toISOString().replace("T", " ").slice(0, 16) : "never"}</td>
                <td className="py-2">{c.lastRun ? `${c.lastRun.status}${c.lastRun.durationMs !== null ? ` in ${c.lastRun.durationMs} ms` : ""}` : "—"}</td>
                <td className="py-2">{c.lastError ?? c.lastRun?.error ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
