import { Card } from "@/components/ui/card";
import type { SecurityEventView } from "@/lib/sessions/list-security-events";
import { formatWhen } from "./format-when";

export function SecurityEventsCard({ events, locale }: { events: SecurityEventView[]; locale: string }) {
  return (
    <Card title="Security events">
      {events.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">Nothing yet: failed sign-ins, password changes and new API tokens show up here.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="text-slate-600 dark:text-slate-400">
              <th scope="col" className="py-2 font-medium">Event</th>
              <th scope="col" className="py-2 font-medium">From</th>
              <th scope="col" className="py-2 font-medium">When</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-2">{event.label}</td>
                <td className="py-2">{event.ip ?? "—"}</td>
                <td className="py-2">{formatWhen(event.createdAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
